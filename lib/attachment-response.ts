/** An attachment sent as a download: the type found in its content, never rendered by the browser. */
export function attachmentResponse(
  file: { fileName: string; mediaType: string; content: Uint8Array },
  cacheControl: string,
): Response {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(Buffer.from(file.content), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": cacheControl,
    },
  });
}
