import { Readable } from "node:stream";
import { getNote } from "@/lib/dal/notes/background-notes";
import { AppError } from "@/lib/errors";
import { noteFileName, type NoteModel } from "@/lib/exports/background-note";
import { fileResponse } from "@/lib/http/file-response";
import { signedInRoute } from "@/lib/http/route";

/** The download of a note in one format, for signed-in readers (the data layer checks the note). */
export function noteDownload(
  render: (note: NoteModel) => Promise<Readable>,
  type: { mediaType: string; extension: string },
) {
  return signedInRoute<{ id: string }>(async (_request, user, { id }) => {
    const note = await getNote(user, id);
    if (!note) throw new AppError("not_found", "background_note");
    const fileName = noteFileName(note.settings.periodFrom, note.settings.periodTo, type.extension);
    // Streamed as it is made: a note of the whole record is not held again as one body.
    const body = Readable.toWeb(await render(note.model)) as ReadableStream<Uint8Array>;
    return fileResponse(body, {
      fileName,
      mediaType: type.mediaType,
      caching: "private",
    });
  });
}
