import { describe, expect, it } from "vitest";
import { SAMPLE_FILES } from "@/tests/files";
import { checkAttachment, cleanFileName } from "./attachments";

describe("attachments", () => {
  it.each([
    ["report.pdf", SAMPLE_FILES.pdf, "application/pdf"],
    ["photo.png", SAMPLE_FILES.png, "image/png"],
    ["photo.jpeg", SAMPLE_FILES.jpeg, "image/jpeg"],
    ["minutes.docx", SAMPLE_FILES.docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["figures.xlsx", SAMPLE_FILES.xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  ])("accepts %s by its content", async (name, bytes, mediaType) => {
    expect(await checkAttachment(name, bytes)).toMatchObject({ ok: true, mediaType });
  });

  it("names a file by what it is, not what it claims", async () => {
    expect(await checkAttachment("scan.pdf", SAMPLE_FILES.png)).toEqual({
      ok: true,
      mediaType: "image/png",
      fileName: "scan.png",
    });
  });

  it("refuses a disguised file, an empty one and one over 10 MB", async () => {
    expect(await checkAttachment("report.pdf", SAMPLE_FILES.disguised)).toEqual({
      ok: false,
      message: "report.pdf is not a PDF, Word (.docx), Excel (.xlsx), PNG or JPEG file.",
    });
    expect(await checkAttachment("empty.pdf", new Uint8Array())).toEqual({ ok: false, message: "empty.pdf is empty." });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(SAMPLE_FILES.pdf);
    expect(await checkAttachment("big.pdf", big)).toEqual({ ok: false, message: "big.pdf is larger than 10 MB." });
  });

  it("keeps file names harmless", () => {
    expect(cleanFileName("../../etc/passwd.pdf", "pdf")).toBe("passwd.pdf");
    expect(cleanFileName('bad"name\r\n.pdf', "pdf")).toBe("badname.pdf");
    expect(cleanFileName("", "png")).toBe("attachment.png");
  });
});
