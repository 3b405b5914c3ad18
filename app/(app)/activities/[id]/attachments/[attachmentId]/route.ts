import { attachmentResponse } from "@/lib/attachment-response";
import { getCurrentUser } from "@/lib/auth/session";
import { getAttachment } from "@/lib/dal/reports";

// Downloads a report's attachment for a signed-in reader: always as a download, with the
// type found in its content (lib/attachment-response.ts).
export async function GET(_request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download attachments.", { status: 401 });
  const file = await getAttachment(user, (await params).attachmentId);
  return file ? attachmentResponse(file, "private, no-store") : new Response("Not found.", { status: 404 });
}
