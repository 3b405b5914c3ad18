/** How long a file may be kept, and by whom. */
export type FileCaching = "private" | "revalidate" | "feed" | "public";

export const CACHE_CONTROL: Record<FileCaching, string> = {
  // A signed-in reader's file: never kept by a shared cache, nor on disk by the browser.
  private: "private, no-store",
  // A signed-in reader's export that carries an ETag: kept by the reader, asked again each time.
  revalidate: "private, no-cache",
  // A personal calendar feed, polled all day by calendar apps: kept five minutes, by the reader only.
  feed: "private, max-age=300",
  // Published files (the IATI registry fetches them): any cache may keep them for an hour.
  public: "public, max-age=3600",
};

export interface FileSpec {
  fileName: string;
  mediaType: string;
  caching: FileCaching;
  /** "attachment" (the default) downloads it; "inline" lets a calendar app or viewer open it. */
  disposition?: "attachment" | "inline";
}

/** Content-Disposition with an ASCII fallback and the real name in UTF-8 (RFC 6266). */
export function contentDisposition(disposition: "attachment" | "inline", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Every file the app hands out (exports, notes, attachments, feeds), with the same headers: its
 * type, how it opens, no type sniffing, and who may keep it.
 */
export function fileResponse(body: BodyInit, spec: FileSpec, init: { headers?: HeadersInit } = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Content-Type", spec.mediaType);
  headers.set("Content-Disposition", contentDisposition(spec.disposition ?? "attachment", spec.fileName));
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("Cache-Control", CACHE_CONTROL[spec.caching]);
  return new Response(body, { headers });
}
