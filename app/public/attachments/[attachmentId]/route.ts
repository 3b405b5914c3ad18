import { attachmentResponse } from "@/lib/attachment-response";
import { getPublicAttachment } from "@/lib/dal/reports";

// Published attachments of approved reports, for the IATI registry and anyone it sends:
// no session needed, and nothing else can be reached this way.
export async function GET(_request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  const file = await getPublicAttachment((await params).attachmentId);
  return file ? attachmentResponse(file, "public, max-age=3600") : new Response("Not found.", { status: 404 });
}
