import type { ActivityDetail } from "@/lib/dal/activities/read";
import { heldWhere } from "@/lib/activity-mode";
import { formatTimestamp } from "@/lib/dates";
import { ACTIVITY_SCOPE_LABELS, ACTIVITY_TYPE_LABELS, THEME_LABELS } from "@/lib/domain";
import { ACTIVITY_LANGUAGES, type ActivityLanguage } from "@/lib/iati/codes";
import { RetiredBadge } from "@/components/organisations/retired-badge";
import { ActivityDates } from "./activity-dates";
import { MeetingLink } from "./meeting-link";

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{term}</dt>
      <dd className="mt-1 text-sm text-slate-900 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

const notRecorded = <span className="text-slate-500">Not recorded</span>;

export function ActivityFacts({ activity }: { activity: ActivityDetail }) {
  const place = heldWhere(activity.mode, activity.city, activity.countryCode);
  return (
    <dl className="divide-y divide-slate-100">
      <Fact term="Type">{ACTIVITY_TYPE_LABELS[activity.type]}</Fact>
      <Fact term="Dates">
        <ActivityDates start={activity.start} end={activity.end} parts={activity.parts} />
      </Fact>
      <Fact term="Place">{place ?? notRecorded}</Fact>
      {activity.meetingLink ? (
        <Fact term="Meeting link">
          <MeetingLink href={activity.meetingLink} />
        </Fact>
      ) : null}
      <Fact term="Scope">{ACTIVITY_SCOPE_LABELS[activity.scope]}</Fact>
      <Fact term="Language">{ACTIVITY_LANGUAGES[activity.language as ActivityLanguage] ?? activity.language}</Fact>
      <Fact term="Publish to IATI">
        <span data-testid="iati-publication">
          {!activity.publishToIati
            ? "No: kept out of the IATI file"
            : activity.status === "draft"
              ? "Yes, once reviewed"
              : "Yes"}
        </span>
      </Fact>
      <Fact term="Expected participants">{activity.expectedParticipants ?? notRecorded}</Fact>
      <Fact term="Lead organisation">
        {activity.lead.name}
        {activity.lead.retired ? <RetiredBadge /> : null}
      </Fact>
      <Fact term="Themes">
        <ul className="flex flex-wrap gap-1.5">
          {activity.themes.map((theme) => (
            <li
              key={theme}
              className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-800 ring-1 ring-inset ring-brand-100"
            >
              {THEME_LABELS[theme]}
            </li>
          ))}
        </ul>
      </Fact>
      <Fact term="Recorded">
        {formatTimestamp(activity.createdAt)}; last changed {formatTimestamp(activity.updatedAt)} (version{" "}
        {activity.version})
      </Fact>
    </dl>
  );
}
