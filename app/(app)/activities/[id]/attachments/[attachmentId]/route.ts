import { getCurrentUser } from "@/lib/auth/session";
import { getAttachment } from "@/lib/dal/reports";

// Downloads a report's attachment: always as a download, with the type found in its
// content, never rendered in the page (Content-Disposition: attachment, nosniff).
export async function GET(_request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download attachments.", { status: 401 });
  const file = await getAttachment(user, (await params).attachmentId);
  if (!file) return new Response("Not found.", { status: 404 });
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(Buffer.from(file.content), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
