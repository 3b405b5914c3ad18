// What the file picker offers; the server decides by content (lib/attachments.ts).
export const ACCEPTED_EXTENSIONS = ".pdf,.docx,.xlsx,.png,.jpg,.jpeg";
