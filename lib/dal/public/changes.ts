import "server-only";
import { revalidateTag } from "next/cache";

/** The tag of every cached read of the published record (lib/public-record-cache.ts). */
export const PUBLIC_RECORD_TAG = "public-record";

/**
 * Drops the cached public register after a write that may change what it shows. Called by
 * the data layer's writes, after their transaction, so that no caller can forget it. Outside
 * a request (tests, the worker, seeding) Next has no cache to drop and says so by throwing
 * its "static generation store missing" invariant; only that is let pass.
 */
export function publicRecordChanged(): void {
  try {
    revalidateTag(PUBLIC_RECORD_TAG, { expire: 0 });
  } catch (error) {
    if (!(error instanceof Error && error.message.includes("static generation store missing"))) throw error;
  }
}
