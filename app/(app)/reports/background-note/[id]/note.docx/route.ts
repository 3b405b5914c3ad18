import { renderNoteDocx } from "@/lib/exports/note-docx";
import { noteDownload } from "../note-file";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return noteDownload((await params).id, renderNoteDocx, {
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  });
}
