import { Alert } from "@/components/ui/alert";
import { LocalTime } from "@/components/ui/local-time";

/** Someone saved first: say who and when, keep the user's input, and offer their version. */
export function ConflictNotice({
  conflict,
  href,
}: {
  conflict: { changedBy: string | null; changedAt: string };
  href: string;
}) {
  return (
    <Alert tone="warning">
      <p className="font-semibold">
        This entry was changed by {conflict.changedBy ?? "someone else"} at <LocalTime iso={conflict.changedAt} /> while
        you were working on it.
      </p>
      <p className="mt-1">
        Nothing of yours was saved, and what you typed is still here.{" "}
        <a href={href} target="_blank" rel="noopener" className="font-medium underline">
          Open the newer version in a new tab
        </a>{" "}
        to compare, then reload this page to edit from it.
      </p>
    </Alert>
  );
}
