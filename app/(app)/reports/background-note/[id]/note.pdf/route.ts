import { renderNotePdf } from "@/lib/exports/note-pdf";
import { noteDownload } from "../note-file";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return noteDownload((await params).id, renderNotePdf, { mediaType: "application/pdf", extension: "pdf" });
}
