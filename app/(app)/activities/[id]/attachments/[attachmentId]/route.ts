import { attachmentResponse } from "@/lib/attachment-response";
import { getAttachment } from "@/lib/dal/reports/completion-reports";
import { AppError } from "@/lib/errors";
import { signedInRoute } from "@/lib/http/route";

// Downloads a report's attachment for a signed-in reader: always as a download, with the
// type found in its content (lib/attachment-response.ts).
export const GET = signedInRoute<{ attachmentId: string }>(async (_request, user, { attachmentId }) => {
  const file = await getAttachment(user, attachmentId);
  if (!file) throw new AppError("not_found", "attachment");
  return attachmentResponse(file, "private");
});
