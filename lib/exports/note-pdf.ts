import PDFDocument from "pdfkit";
import type { NoteModel } from "./background-note";

// The note as a printable A4 PDF, written with pdfkit (maintained, pure JS) in its built-in
// Helvetica: headings, body text, links back to each activity, page numbers at the foot.

const SIZES = { title: 18, h1: 14, h2: 12, h3: 11, body: 10 } as const;

export function renderNotePdf(note: NoteModel, baseUrl: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, bufferPages: true, info: { Title: note.title } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  const heading = (text: string, size: number) => {
    doc.moveDown(0.6).font("Helvetica-Bold").fontSize(size).fillColor("#143264").text(text);
    doc.moveDown(0.3).font("Helvetica").fontSize(SIZES.body).fillColor("#111111");
  };
  const paragraph = (text: string, activityId?: string, bullet = false) => {
    doc
      .font("Helvetica")
      .fontSize(SIZES.body)
      .fillColor("#111111")
      .text(bullet ? `•  ${text}` : text, {
        link: activityId ? `${baseUrl}/activities/${activityId}` : undefined,
        paragraphGap: 6,
      });
  };

  doc.font("Helvetica-Bold").fontSize(SIZES.title).fillColor("#143264").text(note.title);
  doc.font("Helvetica").fontSize(SIZES.body).fillColor("#444444").text(`${note.date} · Period: ${note.period}`);
  heading("A. Introduction", SIZES.h1);
  paragraph(note.introduction.trim() || "(No introduction yet.)");
  heading("B. Current engagement between AICHR and the UN System", SIZES.h1);
  heading("I. Meetings", SIZES.h2);
  note.meetings.forEach((m, i) => {
    heading(`${i + 1}. ${m.heading}`, SIZES.h3);
    m.paragraphs.forEach((p, j) => paragraph(p, j === 0 ? m.activityId : undefined));
  });
  heading("II. Activities", SIZES.h2);
  note.themes.forEach((t, i) => {
    heading(`${i + 1}. ${t.theme}`, SIZES.h3);
    t.items.forEach((item) => paragraph(item.text, item.activityId));
  });
  heading("III. List of Activities with the UN Support", SIZES.h2);
  for (const y of note.years) {
    heading(y.year, SIZES.h3);
    y.items.forEach((item) => paragraph(item.text, item.activityId, true));
  }
  heading("Annex: Human Rights sections in the ASEAN-UN Plan of Action", SIZES.h1);
  note.annex.forEach((c) => paragraph(`${c.number} ${c.text}`));

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // writing in the margin must not start a new page
    const bottom = doc.page.height - 40;
    doc
      .font("Helvetica")
      .fontSize(9)
      .fillColor("#555555")
      .text(`Page ${i + 1} of ${range.count}`, 56, bottom, {
        width: doc.page.width - 112,
        align: "center",
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
