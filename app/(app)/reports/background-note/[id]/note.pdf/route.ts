import { renderNotePdf } from "@/lib/exports/note-pdf";
import { noteDownload } from "../note-file";

export const GET = noteDownload(renderNotePdf, { mediaType: "application/pdf", extension: "pdf" });
