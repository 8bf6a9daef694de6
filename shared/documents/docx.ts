import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { a4 } from './compose';
import { attachmentLines, type OfficialDocument } from './model';

/**
 * The same document as a Word file, for staff who edit it before it is issued: A4 with the
 * margins of GB/T 9704, the title in 方正小标宋简体, the text in 仿宋_GB2312 (Word substitutes
 * an installed font where those are missing), 22 lines a page at an exact line pitch, body
 * paragraphs indented two characters and justified, the date four characters from the right,
 * page numbers — 1 — on the outer side. Word lays the text out itself; the content is the PDF's.
 *
 * Unlike the PDF, the file is not byte-identical from one run to the next: the docx package
 * stamps the time of writing into the archive and its properties.
 */

/** Twentieths of a point per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
const twips = (pt: number) => Math.round(pt * 20);

const TITLE_FONT = '方正小标宋简体';
const TEXT_FONT = '仿宋_GB2312';
const NUMBER_FONT = '宋体';

const bodyHalfPoints = a4.bodySize * 2;
const em = twips(a4.bodySize);
/** 225 mm / 22 lines, as an exact line pitch. */
const linePitch = Math.round(((297 - 37 - 35) * TWIPS_PER_MM) / a4.linesPerPage);

const run = (
  text: string,
  font = TEXT_FONT,
  halfPoints = bodyHalfPoints,
  extra: { color?: string; bold?: boolean } = {},
) => new TextRun({ text, font: { eastAsia: font, ascii: font, hAnsi: font }, size: halfPoints, ...extra });

const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });

const bodyParagraph = (text: string, firstLineChars = 2) =>
  new Paragraph({
    children: [run(text)],
    alignment: AlignmentType.BOTH,
    indent: { firstLine: firstLineChars * em },
    spacing: exact(linePitch),
  });

const blank = () => new Paragraph({ children: [], spacing: exact(linePitch) });

const pageNumberFooter = (side: 'outerRight' | 'outerLeft') =>
  new Footer({
    children: [
      new Paragraph({
        alignment: side === 'outerRight' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // 一字 from the edge, as GB/T 9704 places it.
        indent:
          side === 'outerRight' ? { right: twips(a4.pageNumberSize) } : { left: twips(a4.pageNumberSize) },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: { eastAsia: NUMBER_FONT, ascii: NUMBER_FONT, hAnsi: NUMBER_FONT },
            size: a4.pageNumberSize * 2,
          }),
        ],
      }),
    ],
  });

const draftHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [run('草稿', TITLE_FONT, 48, { color: '8C8C8C', bold: true })],
      }),
    ],
  });

/** Renders a document to DOCX bytes. */
export async function renderDocx(doc: OfficialDocument): Promise<Uint8Array> {
  const children: Paragraph[] = [];
  const centred = (text: string, font: string, halfPoints: number, line: number) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exact(line),
      children: [run(text, font, halfPoints)],
    });

  children.push(centred(doc.issuerZh, TITLE_FONT, a4.titleSize * 2, twips(a4.titleSize * 1.6)));
  children.push(centred(doc.titleZh, TITLE_FONT, a4.titleSize * 2, twips(a4.titleSize * 1.6)));
  children.push(new Paragraph({ children: [], spacing: exact(Math.round(linePitch / 2)) }));
  children.push(centred(doc.number, TEXT_FONT, bodyHalfPoints, linePitch));
  children.push(blank());
  if (doc.addresseeZh) children.push(bodyParagraph(`${doc.addresseeZh}：`, 0));
  for (const p of doc.partyLines) children.push(bodyParagraph(p));
  for (const p of doc.body) children.push(bodyParagraph(p));
  if (doc.attachments.length) {
    children.push(blank());
    for (const line of attachmentLines(doc.attachments)) children.push(bodyParagraph(line));
  }
  for (const p of doc.remedy) children.push(bodyParagraph(p));
  for (const s of doc.signatureLines) children.push(blank(), bodyParagraph(s));

  // Signature: the date four characters from the right, the body's name centred over it, and where the seal goes.
  const chars = (s: string) => Array.from(s).length;
  const dateRight = 4 * em;
  const issuerRight = Math.max(
    0,
    dateRight + Math.round(((chars(doc.dateZh) - chars(doc.issuerZh)) * em) / 2),
  );
  children.push(
    blank(),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: dateRight },
      spacing: exact(linePitch),
      children: [run('（此处加盖印章）', TEXT_FONT, 24, { color: 'C00000' })],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: issuerRight },
      spacing: exact(linePitch),
      children: [run(doc.issuerZh)],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: dateRight },
      spacing: exact(linePitch),
      children: [run(doc.dateZh)],
    }),
  );

  const mm = (n: number) => Math.round(n * TWIPS_PER_MM);
  const document = new Document({
    title: `${doc.issuerZh}${doc.titleZh}（${doc.number}）${doc.draft ? '（草稿）' : ''}`,
    subject: doc.titleZh,
    creator: doc.issuerZh,
    keywords: doc.legalBasis.join('；'),
    description: doc.draft ? '草稿，未经签发，不得送达' : doc.number,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: {
              top: mm(37),
              bottom: mm(35),
              left: mm(28),
              right: mm(26),
              header: mm(15),
              footer: mm(28),
            },
          },
        },
        ...(doc.draft ? { headers: { default: draftHeader(), even: draftHeader() } } : {}),
        footers: { default: pageNumberFooter('outerRight'), even: pageNumberFooter('outerLeft') },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
