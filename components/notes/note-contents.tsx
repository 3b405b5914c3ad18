import Link from "next/link";
import type { NoteContentsEntry } from "@/lib/exports/note-sections";

/**
 * The contents of a note too long for one page: each section opens on its own. The current
 * one is marked for screen readers (aria-current) and by weight.
 */
export function NoteContents({
  base,
  contents,
  current,
  size,
  withFiles = true,
}: {
  base: string;
  contents: NoteContentsEntry[];
  current: string;
  size: number;
  /** The reader can download the Word and PDF files (the public register offers none). */
  withFiles?: boolean;
}) {
  return (
    <nav
      aria-label="Sections of the note"
      className="rounded-lg border border-slate-200 bg-white p-5 text-sm shadow-sm"
    >
      <p className="mb-3 text-slate-700">
        This note tells {size.toLocaleString("en")} activities, too many for one page: open one section at a time.
        {withFiles ? " The Word and PDF files hold the whole note." : null}
      </p>
      <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {contents.map((entry) => (
          <li key={entry.param}>
            <Link
              href={`${base}?section=${encodeURIComponent(entry.param)}`}
              aria-current={entry.param === current ? "page" : undefined}
              className={`text-brand-700 underline-offset-2 hover:underline ${entry.param === current ? "font-semibold underline" : ""}`}
            >
              {entry.label}
              {entry.count !== null ? ` (${entry.count.toLocaleString("en")})` : ""}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
