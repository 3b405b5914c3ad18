import { fileTypeFromBuffer } from "file-type";
import { MAX_ATTACHMENT_BYTES } from "@/lib/validation/report";

// What a report may carry, identified by the file's content (its magic numbers), never
// by its name or the type the browser declared: a renamed executable is refused.
const ALLOWED: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  png: "image/png",
  jpg: "image/jpeg",
};

export type AttachmentCheck = { ok: true; mediaType: string; fileName: string } | { ok: false; message: string };

/** A safe file name to store and send back: no path, no control characters, not too long. */
export function cleanFileName(name: string, extension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, "")
    .trim()
    .slice(0, 150);
  const stem = base.replace(/\.[^.]*$/, "") || "attachment";
  return `${stem}.${extension === "jpg" ? "jpg" : extension}`;
}

export async function checkAttachment(name: string, bytes: Uint8Array): Promise<AttachmentCheck> {
  if (bytes.byteLength === 0) return { ok: false, message: `${name} is empty.` };
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) return { ok: false, message: `${name} is larger than 10 MB.` };
  const detected = await fileTypeFromBuffer(bytes);
  const mediaType = detected ? ALLOWED[detected.ext] : undefined;
  if (!detected || !mediaType) {
    return { ok: false, message: `${name} is not a PDF, Word (.docx), Excel (.xlsx), PNG or JPEG file.` };
  }
  return { ok: true, mediaType, fileName: cleanFileName(name, detected.ext) };
}
