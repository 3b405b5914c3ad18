import { Readable } from "node:stream";
import { getNoteInPrint } from "@/lib/dal/notes/note-in-print";
import { AppError } from "@/lib/errors";
import { noteFileName } from "@/lib/exports/background-note";
import type { NoteInPrint } from "@/lib/exports/note-print";
import { fileResponse } from "@/lib/http/file-response";
import { signedInRoute } from "@/lib/http/route";

/** The download of a note in one format, for signed-in readers (the data layer checks the note). */
export function noteDownload(
  render: (note: NoteInPrint) => Promise<Readable>,
  type: { mediaType: string; extension: string },
) {
  return signedInRoute<{ id: string }>(async (_request, user, { id }) => {
    const found = await getNoteInPrint(user, id);
    if (!found) throw new AppError("not_found", "background_note");
    const fileName = noteFileName(found.settings.periodFrom, found.settings.periodTo, type.extension);
    // Streamed as it is made, a section at a time: a note of the whole record is never held whole.
    const body = Readable.toWeb(await render(found.note)) as ReadableStream<Uint8Array>;
    return fileResponse(body, {
      fileName,
      mediaType: type.mediaType,
      caching: "private",
    });
  });
}
