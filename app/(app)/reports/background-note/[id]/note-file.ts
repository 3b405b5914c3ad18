import { getNote } from "@/lib/dal/background-notes";
import { AppError } from "@/lib/errors";
import { noteFileName, type NoteModel } from "@/lib/exports/background-note";
import { fileResponse } from "@/lib/http/file-response";
import { signedInRoute } from "@/lib/http/route";

/** The download of a note in one format, for signed-in readers (the data layer checks the note). */
export function noteDownload(
  render: (note: NoteModel) => Promise<Buffer>,
  type: { mediaType: string; extension: string },
) {
  return signedInRoute<{ id: string }>(async (_request, user, { id }) => {
    const note = await getNote(user, id);
    if (!note) throw new AppError("not_found", "background_note");
    const fileName = noteFileName(note.settings.periodFrom, note.settings.periodTo, type.extension);
    return fileResponse(new Uint8Array(await render(note.model)), {
      fileName,
      mediaType: type.mediaType,
      caching: "private",
    });
  });
}
