import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
} from "docx";
import type { NoteModel } from "./background-note";

// The note as a Word document, written with the `docx` package (maintained, pure JS):
// real Heading 1-3 styles, so Word's navigation pane and table of contents find them.

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });

const body = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });

function linked(text: string, activityId: string, baseUrl: string, bullet: boolean) {
  return new Paragraph({
    bullet: bullet ? { level: 0 } : undefined,
    spacing: { after: 80 },
    children: [
      new ExternalHyperlink({
        link: `${baseUrl}/activities/${activityId}`,
        children: [new TextRun({ text, style: "Hyperlink" })],
      }),
    ],
  });
}

export async function renderNoteDocx(note: NoteModel, baseUrl: string): Promise<Buffer> {
  const children = [
    new Paragraph({ text: note.title, heading: HeadingLevel.TITLE }),
    body(`${note.date} · Period: ${note.period}`),
    new TableOfContents("Contents", { hyperlink: true, headingStyleRange: "1-2" }),
    heading("A. Introduction", HeadingLevel.HEADING_1),
    ...(note.introduction.trim() ? note.introduction.split(/\n{2,}/).map(body) : [body("(No introduction yet.)")]),
    heading("B. Current engagement between AICHR and the UN System", HeadingLevel.HEADING_1),
    heading("I. Meetings", HeadingLevel.HEADING_2),
    ...note.meetings.flatMap((m, i) => [
      heading(`${i + 1}. ${m.heading}`, HeadingLevel.HEADING_3),
      ...m.paragraphs.map((p, j) => (j === 0 ? linked(p, m.activityId, baseUrl, false) : body(p))),
    ]),
    heading("II. Activities", HeadingLevel.HEADING_2),
    ...note.themes.flatMap((t, i) => [
      heading(`${i + 1}. ${t.theme}`, HeadingLevel.HEADING_3),
      ...t.items.map((item) => linked(item.text, item.activityId, baseUrl, false)),
    ]),
    heading("III. List of Activities with the UN Support", HeadingLevel.HEADING_2),
    ...note.years.flatMap((y) => [
      heading(y.year, HeadingLevel.HEADING_3),
      ...y.items.map((item) => linked(item.text, item.activityId, baseUrl, true)),
    ]),
    heading("Annex: Human Rights sections in the ASEAN-UN Plan of Action", HeadingLevel.HEADING_1),
    ...note.annex.map((c) => body(`${c.number} ${c.text}`)),
  ];
  const document = new Document({
    title: note.title,
    creator: "ASEAN-UN Cooperation Tracker",
    features: { updateFields: true },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } }, // A4 in twentieths of a point
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
