import { XMLParser } from "fast-xml-parser";
import { codes } from "./code-lists";

// The project's own IATI rules check, written from IATI's 2.03 rulesets
// (github.com/IATI/IATI-Rulesets, rulesets/standard.json) and code lists, for what the
// schema cannot say. It reads the file as any consumer would, with its own XML parser
// (fast-xml-parser), not with the code that wrote it: the tests run it on every export
// they make, and /export/iati on the file it offers.

type Node = Record<string, unknown>;

const LISTS = [
  "ActivityStatus",
  "ActivityDateType",
  "ActivityScope",
  "Country",
  "Region",
  "RegionVocabulary",
  "OrganisationRole",
  "OrganisationType",
  "Sector",
  "SectorVocabulary",
  "DocumentCategory",
  "Language",
] as const;
let lists: Record<(typeof LISTS)[number], Set<string>> | undefined;
const codeLists = () => (lists ??= Object.fromEntries(LISTS.map((l) => [l, codes(l)])) as typeof lists & object);

const ARRAYS = new Set([
  "iati-activity",
  "participating-org",
  "activity-date",
  "recipient-country",
  "recipient-region",
  "sector",
  "document-link",
  "narrative",
  "location",
]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name) => ARRAYS.has(name),
});

const all = (node: Node | undefined, name: string) => (node?.[name] as Node[] | undefined) ?? [];
const attr = (node: Node | undefined, name: string) => node?.[`@${name}`] as string | undefined;
const text = (node: unknown) => (typeof node === "string" ? node : ((node as Node | undefined)?.["#text"] as string));

/** Every xml:lang in a subtree, to hold against the Language list. */
function languages(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => languages(n, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "@xml:lang") found.push(value as string);
      else languages(value, found);
    }
  }
  return found;
}

function sumsTo100(values: Array<string | undefined>): boolean {
  if (values.length === 1) return values[0] === undefined || Number(values[0]) === 100;
  return values.every((v) => v !== undefined) && Math.abs(values.reduce((s, v) => s + Number(v), 0) - 100) < 1e-6;
}

export interface RulesCheckOptions {
  /** Today (yyyy-mm-dd): no actual date may lie after it. */
  today: string;
  /** Ids of activities that must not be published (drafts, those not marked). */
  unpublishable?: Set<string>;
}

/** Every rule an activity file breaks, one line each; empty when it keeps them all. */
export function checkIatiRules(xml: string, { today, unpublishable = new Set() }: RulesCheckOptions): string[] {
  const l = codeLists();
  const problems: string[] = [];
  const root = parser.parse(xml)["iati-activities"] as Node;
  if (attr(root, "version") !== "2.03") problems.push("file: version is not 2.03");
  const activities = all(root, "iati-activity");
  if (activities.length === 0) problems.push("file: no activity");
  const seen = new Set<string>();
  for (const activity of activities) {
    const id = text(activity["iati-identifier"]) ?? "(no identifier)";
    const fail = (rule: string) => problems.push(`${id}: ${rule}`);
    const inList = (list: keyof typeof l, code: string | undefined, what: string) => {
      if (!code || !l[list].has(code)) fail(`${what} ${code} is not in the ${list} code list`);
    };

    // Identifiers (1.1.3, 1.1.21): unique, starting with the reporting organisation's ref.
    const reporting = activity["reporting-org"] as Node;
    const ref = attr(reporting, "ref") ?? "";
    if (!ref || !id.startsWith(`${ref}-`) || id === ref) fail(`identifier does not start with ${ref}-`);
    if (seen.has(id)) fail("identifier is not unique");
    seen.add(id);
    if (unpublishable.has(id.slice(ref.length + 1))) fail("an activity that must not be published is");
    inList("OrganisationType", attr(reporting, "type"), "reporting-org type");

    // Language (4.1.1): a default language, and every language a code of the list.
    if (!attr(activity, "xml:lang")) fail("no default language");
    for (const lang of languages(activity)) inList("Language", lang, "xml:lang");

    // Required elements.
    if (all(activity["title"] as Node, "narrative").length === 0) fail("no title");
    if (!activity["description"]) fail("no description");
    const status = attr(activity["activity-status"] as Node, "code");
    inList("ActivityStatus", status, "activity-status");
    for (const org of all(activity, "participating-org")) {
      if (!attr(org, "ref") && all(org, "narrative").length === 0) fail("participating-org without ref or name");
      inList("OrganisationRole", attr(org, "role"), "participating-org role");
      inList("OrganisationType", attr(org, "type"), "participating-org type");
    }

    // Dates (6.11.1, 11.1.1-11.1.5).
    const dates = new Map(all(activity, "activity-date").map((d) => [attr(d, "type")!, attr(d, "iso-date")!]));
    for (const type of dates.keys()) inList("ActivityDateType", type, "activity-date type");
    if (!dates.has("1") && !dates.has("2")) fail("no planned or actual start date");
    const ordered = (a: string, b: string, what: string) => {
      if (dates.has(a) && dates.has(b) && dates.get(a)! > dates.get(b)!) fail(`${what} start is after its end`);
    };
    ordered("1", "3", "planned");
    ordered("2", "4", "actual");
    for (const actual of ["2", "4"])
      if ((dates.get(actual) ?? "") > today) fail(`actual date ${dates.get(actual)} is in the future`);
    if ((attr(activity, "last-updated-datetime") ?? "").slice(0, 10) > today) fail("last updated in the future");

    // Required elements per status: pipeline has not started, so no actual dates; an activity
    // in finalisation or closed took place, so it has an actual start.
    if (status === "1" && (dates.has("2") || dates.has("4"))) fail("pipeline with an actual date");
    if (status === "2" && dates.has("4")) fail("implementation with an actual end");
    if ((status === "3" || status === "4") && !dates.has("2")) fail("finalisation or closed without an actual start");

    // Where (6.1.x, 6.4.x): one kind of recipient, its codes in their lists, percentages to 100.
    const countries = all(activity, "recipient-country");
    const regions = all(activity, "recipient-region");
    inList("ActivityScope", attr(activity["activity-scope"] as Node, "code"), "activity-scope");
    if (countries.length + regions.length === 0) fail("no recipient country or region");
    for (const c of countries) inList("Country", attr(c, "code"), "recipient-country");
    for (const r of regions) {
      inList("RegionVocabulary", attr(r, "vocabulary") ?? "1", "region vocabulary");
      if ((attr(r, "vocabulary") ?? "1") === "1") inList("Region", attr(r, "code"), "recipient-region");
    }
    if (!sumsTo100([...countries, ...regions].map((n) => attr(n, "percentage")))) {
      fail("recipient percentages do not add up to 100");
    }

    // Sectors (6.2.2, 6.6.x): present, codes in their lists, percentages to 100 per vocabulary,
    // the reporting organisation's own (99) named and pointing at where its codes are listed.
    const sectors = all(activity, "sector");
    if (sectors.length === 0) fail("no sector");
    const byVocabulary = new Map<string, Node[]>();
    for (const s of sectors) {
      const vocabulary = attr(s, "vocabulary") ?? "1";
      inList("SectorVocabulary", vocabulary, "sector vocabulary");
      if (vocabulary === "1") inList("Sector", attr(s, "code"), "sector");
      if (vocabulary === "99" && (!attr(s, "vocabulary-uri") || all(s, "narrative").length === 0)) {
        fail("sector of vocabulary 99 without vocabulary-uri or name");
      }
      byVocabulary.set(vocabulary, [...(byVocabulary.get(vocabulary) ?? []), s]);
    }
    for (const [vocabulary, group] of byVocabulary) {
      if (!sumsTo100(group.map((s) => attr(s, "percentage"))))
        fail(`sector percentages of vocabulary ${vocabulary} do not add up to 100`);
    }
    for (const link of all(activity, "document-link")) {
      inList("DocumentCategory", attr(link["category"] as Node, "code"), "document category");
    }
  }
  return problems;
}
