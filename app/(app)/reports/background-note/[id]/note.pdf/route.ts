import { renderNotePdf } from "@/lib/exports/note-pdf";
import { noteDownload } from "../note-file";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return noteDownload(request, (await params).id, renderNotePdf, { mediaType: "application/pdf", extension: "pdf" });
}
