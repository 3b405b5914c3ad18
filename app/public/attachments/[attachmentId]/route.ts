import { attachmentResponse } from "@/lib/attachment-response";
import { getPublicAttachment } from "@/lib/dal/reports/completion-reports";
import { AppError } from "@/lib/errors";
import { publicRoute } from "@/lib/http/route";

// Published attachments of approved reports, for the IATI registry and anyone it sends:
// no session needed, and nothing else can be reached this way.
export const GET = publicRoute<{ attachmentId: string }>(async (_request, { attachmentId }) => {
  const file = await getPublicAttachment(attachmentId);
  if (!file) throw new AppError("not_found", "attachment");
  return attachmentResponse(file, "public");
});
