import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import type { QueueItem } from "@/lib/dal/activities/queue";

/** What the last action did, and for a reviewer the next entry waiting in their queue. */
export function TransitionDone({ message, next }: { message: string; next?: Pick<QueueItem, "title" | "href"> }) {
  return (
    <Alert tone="success">
      <p data-testid="transition-done">{message}</p>
      {next ? (
        <p className="mt-1">
          Next waiting for you:{" "}
          <Link href={next.href} className="font-medium underline hover:no-underline">
            {next.title}
          </Link>
        </p>
      ) : null}
    </Alert>
  );
}
