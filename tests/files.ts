// Small real files of each kind a report may carry, made in memory for tests.

/** A ZIP of stored (uncompressed) entries: enough for an Office Open XML document's signature. */
function zip(entries: Record<string, string>): Uint8Array {
  const parts: Buffer[] = [];
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(Buffer.byteLength(name), 26);
    parts.push(header, Buffer.from(name), data);
  }
  return new Uint8Array(Buffer.concat(parts));
}

function contentTypes(part: string, type: string): string {
  return `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/></Types>`;
}

export const SAMPLE_FILES = {
  pdf: new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")),
  png: new Uint8Array(
    Buffer.from(
      "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3b1d2a10000000049454e44ae426082",
      "hex",
    ),
  ),
  jpeg: new Uint8Array(Buffer.from("ffd8ffe000104a46494600010100000100010000ffd9", "hex")),
  docx: zip({
    "[Content_Types].xml": contentTypes("/word/document.xml", "wordprocessingml.document.main+xml"),
    "word/document.xml": "<w:document/>",
  }),
  xlsx: zip({
    "[Content_Types].xml": contentTypes("/xl/workbook.xml", "spreadsheetml.sheet.main+xml"),
    "xl/workbook.xml": "<workbook/>",
  }),
  // An executable renamed to .pdf: the name lies, the content does not.
  disguised: new Uint8Array(Buffer.concat([Buffer.from("7f454c46020101", "hex"), Buffer.alloc(64)])),
};
