import { getCurrentUser } from "@/lib/auth/session";
import { getNote } from "@/lib/dal/background-notes";
import { noteFileName, type NoteModel } from "@/lib/exports/background-note";

/** A download of a note: checks the session itself (route handlers are public endpoints). */
export async function noteDownload(
  id: string,
  render: (note: NoteModel) => Promise<Buffer>,
  type: { mediaType: string; extension: string },
): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download notes.", { status: 401 });
  const note = await getNote(user, id);
  if (!note) return new Response("Not found.", { status: 404 });
  const body = await render(note.model);
  const name = noteFileName(note.settings.periodFrom, note.settings.periodTo, type.extension);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": type.mediaType,
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
