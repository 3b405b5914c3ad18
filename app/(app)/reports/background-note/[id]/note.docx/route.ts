import { renderNoteDocx } from "@/lib/exports/note-docx";
import { noteDownload } from "../note-file";

export const GET = noteDownload(renderNoteDocx, {
  mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  extension: "docx",
});
