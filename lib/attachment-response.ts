import { fileResponse, type FileCaching } from "@/lib/http/file-response";

/** An attachment sent as a download: the type found in its content, never rendered by the browser. */
export function attachmentResponse(
  file: { fileName: string; mediaType: string; content: Uint8Array },
  caching: FileCaching,
): Response {
  return fileResponse(Buffer.from(file.content), { fileName: file.fileName, mediaType: file.mediaType, caching });
}
