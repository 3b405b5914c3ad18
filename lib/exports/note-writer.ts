import { formatActivityDates, type DateAsGiven, type DateRangeAsGiven } from "@/lib/dates";
import type { ActivityMode, ActivityStatus, ActivityType, InvolvementRole, OrganisationKind } from "@/lib/domain";
import { isPartnerKind } from "@/lib/partners";

// The sentences of the Background Note, written from the record in the note's register:
// when and where, who organised and who supported, how many took part, then what it was
// for and what came of it (the summary and the approved reports), each fact told once.

export interface WriterOrganisation {
  label: string;
  name: string;
  kind: OrganisationKind;
  role: InvolvementRole;
}

export interface WriterActivity {
  id: string;
  title: string;
  summary: string | null;
  type: ActivityType;
  /** Scheduled activities are told as to come ("is to take place"). */
  status: ActivityStatus;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  /** Held in parts ("12–14 and 26 July 2021"): each range; absent for one range. */
  parts?: DateRangeAsGiven[];
  /** The venue ("Bangkok, Thailand"); an online activity names none. */
  place: string | null;
  /** How it was held; in person when not said. */
  mode?: ActivityMode;
  organisations: WriterOrganisation[];
  /** Participants from the approved reports, or as expected when none is approved. */
  participants: number | null;
  /** Outcomes of the activity's approved reports. */
  outcomes: string[];
}

export const listOf = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

/**
 * An organisation in prose: "UNDP", "AICHR Indonesia"; an ASEAN body takes the article, by
 * its short name ("the ASEAN Secretariat") or its acronym ("the AICHR").
 */
export function prose(o: Pick<WriterOrganisation, "label" | "kind"> & { name?: string }): string {
  if (o.kind === "asean_body" && /^[A-Z]+$/.test(o.label)) {
    const short = o.name && o.name.split(" ").length <= 3 ? o.name : o.label;
    return `the ${short}`;
  }
  return o.label;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// A partner beyond the UN (a government, another intergovernmental organisation, civil
// society) that co-organised or supported is named as a partner, apart from the UN's support
// and the hosts; as the lead it is the host.
const isPartner = (o: WriterOrganisation) => o.role !== "lead" && o.role !== "participant" && isPartnerKind(o.kind);
const organisers = (a: WriterActivity) =>
  a.organisations.filter((o) => (o.role === "lead" || o.role === "co_organiser") && !isPartner(o));
const supporters = (a: WriterActivity) => a.organisations.filter((o) => o.role === "supporting" && !isPartner(o));
// By name, so the sentence reads the same whatever order the record returns them in.
const partners = (a: WriterActivity) =>
  a.organisations.filter(isPartner).sort((x, y) => x.name.localeCompare(y.name, "en"));

/** A partner by its name: "Switzerland", "the European Union", "the ICRC" (a government takes no article). */
export function partnerName(o: Pick<WriterOrganisation, "name" | "kind">): string {
  return o.kind === "government" ? o.name : the(o.name);
}

/** ", with the European Union and Switzerland as partners", or nothing. */
function asPartners(a: WriterActivity): string {
  const names = partners(a).map(partnerName);
  if (names.length === 0) return "";
  return `, with ${listOf(names)} as ${names.length === 1 ? "a partner" : "partners"}`;
}
const participating = (a: WriterActivity) => a.organisations.filter((o) => o.role === "participant");

/**
 * "on 13–16 November 2017", "in June 2018", "on 12–14 and 26 July 2021" (in parts), or null
 * when the record has no date.
 */
export function datesPhrase(a: Pick<WriterActivity, "start" | "end" | "parts">): string | null {
  if (!a.start) return null;
  return `${a.start.precision === "day" ? "on" : "in"} ${formatActivityDates(a.start, a.end, a.parts)}`;
}

/** "On 13–16 November 2017", "In June 2018", "In 2017", or nothing when the record has no date. */
export function whenPhrase(a: Pick<WriterActivity, "start" | "end" | "parts">): string | null {
  const phrase = datesPhrase(a);
  return phrase && capitalise(phrase);
}

/**
 * Where it was held, as the note says it, after the verb: " in Bangkok, Thailand",
 * " by videoconference" (online: no venue named), " in Jakarta, Indonesia and by
 * videoconference" (hybrid); "" when the record names no place.
 */
export function wherePhrase(a: Pick<WriterActivity, "place" | "mode">): string {
  if (a.mode === "online") return " by videoconference";
  if (a.mode === "hybrid") return `${a.place ? ` in ${a.place}` : " in person"} and by videoconference`;
  return a.place ? ` in ${a.place}` : "";
}

/** The place as the fingerprint reads it: as before for in person, so saved notes' bases hold. */
export const placeKey = (a: Pick<WriterActivity, "place" | "mode">) =>
  !a.mode || a.mode === "in_person" ? a.place : `${a.mode}:${a.place ?? ""}`;

function the(title: string) {
  return /^(the|a|an)\s/i.test(title) ? title : `the ${title}`;
}

/** The opening sentence: date, organisers, supporters, title and place. */
function opening(a: WriterActivity): string {
  const when = whenPhrase(a);
  const where = wherePhrase(a);
  const hosts = organisers(a).map(prose);
  const backers = supporters(a).map(prose);
  const title = the(a.title);
  let clause: string;
  if (backers.length > 0 && hosts.length > 0) {
    clause = `${listOf(backers)} supported ${listOf(hosts)} in holding ${title}${where}`;
  } else if (backers.length > 0) {
    clause = `${listOf(backers)} supported ${title}${where}`;
  } else if (hosts.length > 1) {
    clause = `${listOf(hosts)} co-organised ${title}${where}`;
  } else if (hosts.length === 1) {
    clause = `${hosts[0]} held ${title}${where}`;
  } else {
    clause = `${title} took place${where}`;
  }
  clause += asPartners(a);
  return when ? `${when}, ${clause}.` : `${capitalise(clause)}.`;
}

/** The opening when the summary itself says who did it: only what, when and where ("The X took place on ..."); nothing when the record has neither date nor place. */
function plainOpening(a: WriterActivity): string | null {
  const where = wherePhrase(a);
  if (!a.start && !where) return null;
  const when = a.start ? ` ${datesPhrase(a)}` : "";
  const verb =
    a.status === "scheduled" ? "is to take place" : a.type === "thematic_study" ? "was under way" : "took place";
  return `${capitalise(the(a.title))} ${verb}${when}${where}.`;
}

const mentions = (text: string, o: WriterOrganisation) => text.includes(o.label) || text.includes(o.name);

function participation(a: WriterActivity, summary: string): string | null {
  const others = participating(a).filter((o) => !mentions(summary, o));
  // Participants by full name: "the Inter-American Commission on Human Rights".
  const names = others.map((o) => (o.kind === "asean_body" ? prose(o) : the(o.name)));
  const sentences = [
    names.length > 0 ? `Representatives of ${listOf(names)} took part.` : null,
    a.participants ? `In all, ${a.participants} participants took part.` : null,
  ];
  return sentences.filter(Boolean).join(" ") || null;
}

const WORD = /[\p{L}\p{N}]+/gu;
const words = (text: string) => new Set((text.toLowerCase().match(WORD) ?? []).filter((w) => w.length > 3));

/** A sentence most of whose words were already said adds nothing. */
function repeats(sentence: string, said: Set<string>): boolean {
  const own = [...words(sentence)];
  if (own.length === 0) return true;
  return own.filter((w) => said.has(w)).length / own.length >= 0.7;
}

/** Remarks about the record itself ("The note gives no dates.") are not the note's prose. */
const REMARK = /\b(the|this) (note|record|entry)\b/i;

export function sentencesOf(text: string): string[] {
  // A sentence ends at a stop followed by a capital: "1.2.4" and "A/HRC/RES/34/17." stay whole.
  return text
    .replace(/\s+/g, " ")
    .trim()
    .split(/(?<=[.!?]["'’”)]?)\s+(?=[\p{Lu}\p{N}“"‘(])/u)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (/[.!?]["'’”)]*$/.test(s) ? s : `${s}.`));
}

/** Appends the sentences that say something new, in order. */
function addNew(into: string[], candidates: string[]) {
  for (const sentence of candidates) {
    const said = words(into.join(" "));
    if (REMARK.test(sentence) || repeats(sentence, said)) continue;
    into.push(sentence);
  }
}

/** An activity as the note tells it under its theme: complete sentences, each fact once. */
export function activityText(a: WriterActivity): string {
  const summary = sentencesOf(a.summary ?? "");
  const first = summary[0] ?? "";
  const active = opening(a);
  const named = [...organisers(a), ...supporters(a)];
  // The summary may itself say who organised or supported it: then the opening only says
  // what, when and where, and the summary follows, so that no one is named twice over.
  const saysWho = first !== "" && named.length > 0 && named.every((o) => mentions(first, o));
  const out: string[] = [];
  const plain = plainOpening(a);
  if (saysWho && (!plain || !repeats(first, words(active)))) {
    if (plain) out.push(plain);
    out.push(first);
    addNew(out, summary.slice(1));
  } else {
    out.push(active);
    addNew(out, summary);
  }
  addNew(out, [participation(a, a.summary ?? "") ?? ""].filter(Boolean));
  addNew(out, a.outcomes.flatMap(sentencesOf));
  // Partners the summary's own opening left unnamed.
  const unnamed = partners(a).filter((o) => !mentions(out.join(" "), o));
  if (unnamed.length > 0) {
    out.push(
      `${capitalise(listOf(unnamed.map(partnerName)))} took part as ${unnamed.length === 1 ? "a partner" : "partners"}.`,
    );
  }
  return out.join(" ");
}

/** An activity in the list by year (III): which UN entities organised or supported what, when and where, in one sentence. */
export function listedText(a: WriterActivity): string {
  const isUn = (o: WriterOrganisation) => o.kind === "un_entity";
  const unHosts = organisers(a).filter(isUn).map(prose);
  const otherHosts = organisers(a)
    .filter((o) => !isUn(o))
    .map(prose);
  const unBackers = a.organisations.filter((o) => isUn(o) && o.role !== "lead" && o.role !== "co_organiser").map(prose);
  const when = datesPhrase(a);
  const details = [when, wherePhrase(a).trim() || null].filter(Boolean).join(" ");
  const tail = `${asPartners(a)}${details ? `, ${details}` : ""}.`;
  const title = the(a.title);
  if (unHosts.length > 0) {
    const partners = otherHosts.length > 0 ? ` with ${listOf(otherHosts)}` : "";
    const support = unBackers.length > 0 ? `, with the support of ${listOf(unBackers)}` : "";
    return `${capitalise(listOf(unHosts))} organised ${title}${partners}${support}${tail}`;
  }
  if (unBackers.length > 0) {
    const whom = otherHosts.length > 0 ? ` ${listOf(otherHosts)} in` : "";
    return `${capitalise(listOf(unBackers))} supported${whom} ${title}${tail}`;
  }
  return otherHosts.length > 0
    ? `${capitalise(listOf(otherHosts))} held ${title}${tail}`
    : `${capitalise(title)} took place${tail}`;
}

/** A formal meeting: when and where it met, who led and who joined, what it did. */
export function meetingText(a: WriterActivity): string {
  const hosts = organisers(a).map(prose);
  const when = whenPhrase(a);
  const where = wherePhrase(a);
  const future = a.status === "scheduled";
  const verb = future ? "is to hold" : "held";
  const first =
    hosts.length > 0
      ? `${listOf(hosts)} ${verb} ${the(a.title)}${where}`
      : `${capitalise(the(a.title))} ${future ? "is to take place" : "took place"}${where}`;
  const out = [when ? `${when}, ${first}${asPartners(a)}.` : `${capitalise(first)}${asPartners(a)}.`];
  addNew(out, sentencesOf(a.summary ?? ""));
  addNew(out, a.outcomes.flatMap(sentencesOf));
  // Who joined, unless what is told already names them.
  const told = out.join(" ");
  const unnamed = [...supporters(a), ...participating(a)].filter((o) => !mentions(told, o)).map(prose);
  if (unnamed.length > 0) out.splice(1, 0, `It was joined by ${listOf(unnamed)}.`);
  return out.join(" ");
}

/** What the openings of a theme or series read of its activities: a note printed a batch at a time has only their outline. */
type Outlined = Pick<WriterActivity, "start" | "organisations">;

const years = (activities: Array<Pick<WriterActivity, "start">>) => {
  const all = activities.flatMap((a) => (a.start ? [Number(a.start.date.slice(0, 4))] : []));
  if (all.length === 0) return null;
  const [from, to] = [Math.min(...all), Math.max(...all)];
  return from === to ? `In ${from}` : `Between ${from} and ${to}`;
};

const countWord = (n: number) =>
  ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"][n] ?? String(n);

/** The paragraph opening a theme: who worked with the AICHR on it, when, and how often. */
export function themeOpening(themeLabel: string, activities: Outlined[]): string {
  const un = [...new Set(activities.flatMap((a) => a.organisations.filter((o) => o.kind === "un_entity").map(prose)))];
  const span = years(activities);
  const n = activities.length;
  const subject = un.length > 0 ? `${listOf(un)} worked with the AICHR` : "the AICHR worked";
  // "business and human rights", but "the ASEAN Human Rights Declaration".
  const topic = /^\p{Lu}{2}/u.test(themeLabel)
    ? `the ${themeLabel}`
    : themeLabel.charAt(0).toLowerCase() + themeLabel.slice(1);
  const text = `${span ? `${span}, ` : ""}${subject} on ${topic} in ${countWord(n)} ${n === 1 ? "activity" : "activities"}.`;
  return capitalise(text);
}

/** The context of a series of meetings: how often it met in the note's period. */
export function seriesContext(_seriesTitle: string, meetings: Outlined[]): string {
  const span = years(meetings);
  const n = meetings.length;
  const times = n === 1 ? "once" : n === 2 ? "twice" : `${countWord(n)} times`;
  return `The series met ${times}${span ? ` ${span.charAt(0).toLowerCase()}${span.slice(1)}` : ""}.`;
}

/** A series as the note opens it: its context (who meets, since when, why), then how often it met in the period. */
export function seriesOpening(context: string | null, meetings: Outlined[]): string {
  const told = context?.trim();
  const sentence = told ? (/[.!?]["'’”)]*$/.test(told) ? told : `${told}.`) : null;
  return [sentence, seriesContext("", meetings)].filter(Boolean).join(" ");
}

/** The introduction of a note generated for a period. */
export function introduction(
  period: string,
  meetings: number,
  activities: Array<Pick<WriterActivity, "organisations">>,
): string {
  const un = [...new Set(activities.flatMap((a) => a.organisations.filter((o) => o.kind === "un_entity").map(prose)))];
  const partners = un.length > 0 ? `, with ${listOf(un)}` : "";
  const beyond = [...new Set(activities.flatMap((a) => a.organisations.filter(isPartner).map(partnerName)))];
  return (
    `This note sets out the cooperation between the ASEAN Intergovernmental Commission on Human Rights (AICHR) and the UN system in the period ${period}${partners}. ` +
    `It records ${countWord(meetings)} formal ${meetings === 1 ? "meeting" : "meetings"} and ${countWord(activities.length)} ${activities.length === 1 ? "activity" : "activities"}.` +
    (beyond.length > 0
      ? ` Beyond the UN, ${listOf(beyond)} joined in as ${beyond.length === 1 ? "a partner" : "partners"}.`
      : "")
  );
}
