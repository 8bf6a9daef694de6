import { breakParagraph, type LaidLine } from './line-breaking';
import { attachmentLines, type OfficialDocument } from './model';

/**
 * Places a document on A4 pages the way Chinese official documents are laid out (GB/T 9704-2012,
 * 党政机关公文格式): a 156 × 225 mm text block (margins 37 mm top, 28 mm left, 26 mm right,
 * 35 mm bottom), 22 lines of 28 characters at 16 pt, the title at 22 pt centred, the number
 * centred below it, the body indented two characters and justified, the issuing body and the date
 * over the seal at the end (the date four characters from the right edge, the body's name centred
 * on it, the seal's top within one line of the text), and the page number — 1 — below the block,
 * odd pages on the right and even pages on the left.
 *
 * Pure: text widths come from a measure function (the PDF renderer passes the embedded font's).
 * Coordinates are PDF points from the bottom-left corner of the page.
 */

const MM = 72 / 25.4;

export const a4 = {
  width: 210 * MM,
  height: 297 * MM,
  margin: { top: 37 * MM, left: 28 * MM, right: 26 * MM, bottom: 35 * MM },
  /** 3号仿宋 */
  bodySize: 16,
  /** 2号小标宋 */
  titleSize: 22,
  /** 4号 */
  pageNumberSize: 14,
  /** 22 lines in the 225 mm block. */
  linesPerPage: 22,
  /** How much each glyph gap may shrink: 28 characters of 16 pt in 156 mm. */
  maxSqueeze: 0.25,
  /** Seal of a government body: 42 mm across. */
  sealRadius: 21 * MM,
} as const;

export type Geometry = typeof a4;

export type FontFace = 'regular' | 'bold';

/** Width of `text` in `face` at `size` points. */
export type FaceMeasure = (face: FontFace, text: string, size: number) => number;

export interface PlacedText {
  readonly page: number;
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly text: string;
  readonly face: FontFace;
  readonly size: number;
  /** Extra space after each glyph (PDF character spacing, Tc). */
  readonly spacing: number;
  readonly role: 'title' | 'number' | 'text' | 'signature' | 'pageNumber';
}

export interface PlacedSeal {
  readonly page: number;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

export interface ComposedDocument {
  readonly pageCount: number;
  readonly texts: readonly PlacedText[];
  readonly seal: PlacedSeal;
  /** Top of the seal and bottom of the last text line above it, on the seal's page (for checks). */
  readonly sealGap: number;
  readonly geometry: Geometry;
}

/** A line of the flow, before it has a page: its height and how to draw it once placed. */
interface FlowLine {
  readonly height: number;
  /** Space only: dropped at the top of a page. */
  readonly blank?: boolean;
  readonly draw: (x0: number, top: number) => Omit<PlacedText, 'page'>[];
}

/** Lines a signature block needs below the text: two blank lines, the body's name, the date, the seal's lower half. */
const SIGNATURE_LINES = 5;
/** Lines of the last paragraph taken to a new page with a signature block that does not fit. */
const LINES_KEPT_WITH_SIGNATURE = 2;

export function composeDocument(
  doc: OfficialDocument,
  measure: FaceMeasure,
  geometry: Geometry = a4,
): ComposedDocument {
  const g = geometry;
  const blockWidth = g.width - g.margin.left - g.margin.right;
  const blockHeight = g.height - g.margin.top - g.margin.bottom;
  const pitch = blockHeight / g.linesPerPage;
  const em = g.bodySize;
  /** Baseline of a line of `size` in a line box of `height` whose top is `top` (from the page top). */
  const baseline = (top: number, height: number, size: number) =>
    g.height - (top + (height - size) / 2 + size * 0.88);

  const lines: FlowLine[] = [];
  const textLine = (l: LaidLine, size: number, face: FontFace, role: PlacedText['role']): FlowLine => ({
    height: pitch,
    draw: (x0, top) => [
      { x: x0 + l.indent, y: baseline(top, pitch, size), text: l.text, face, size, spacing: l.spacing, role },
    ],
  });
  const blank: FlowLine = { height: pitch, blank: true, draw: () => [] };
  const paragraph = (text: string, indentChars: number, justify = true) => {
    const laid = breakParagraph(text, (s) => measure('regular', s, em), {
      width: blockWidth,
      firstIndent: indentChars * em,
      maxSqueeze: g.maxSqueeze,
      justify,
    });
    for (const l of laid) lines.push(textLine(l, em, 'regular', 'text'));
  };
  const centred = (text: string, size: number, face: FontFace, height: number, role: PlacedText['role']) => {
    const laid = breakParagraph(text, (s) => measure(face, s, size), { width: blockWidth, justify: false });
    for (const l of laid)
      lines.push({
        height,
        draw: (x0, top) => [
          {
            x: x0 + (blockWidth - l.naturalWidth - l.spacing * (Array.from(l.text).length - 1)) / 2,
            y: baseline(top, height, size),
            text: l.text,
            face,
            size,
            spacing: l.spacing,
            role,
          },
        ],
      });
  };

  // Heading: the issuing body and the kind of document, then the number.
  const titleHeight = g.titleSize * 1.6;
  centred(doc.issuerZh, g.titleSize, 'bold', titleHeight, 'title');
  centred(doc.titleZh, g.titleSize, 'bold', titleHeight, 'title');
  lines.push({ height: pitch / 2, draw: () => [] });
  centred(doc.number, em, 'regular', pitch, 'number');
  lines.push(blank);

  if (doc.addresseeZh) paragraph(`${doc.addresseeZh}：`, 0, false);
  for (const p of doc.partyLines) paragraph(p, 2);
  for (const p of doc.body) paragraph(p, 2);
  if (doc.attachments.length) {
    lines.push(blank);
    for (const line of attachmentLines(doc.attachments)) paragraph(line, 2);
  }
  for (const p of doc.remedy) paragraph(p, 2);
  for (const s of doc.signatureLines) {
    lines.push(blank);
    paragraph(s, 2, false);
  }

  // Pages: lines flow down the block, a page never starting with a blank line; the signature block
  // must fit whole, with at least the last lines of the text above it (no page with only a
  // signature and a seal).
  const pageOf: number[] = [];
  const topOf: number[] = [];
  const isText = (i: number) => lines[i]?.blank !== true;
  const flow = (from: number, startPage: number) => {
    let p = startPage;
    let top = 0;
    for (let i = from; i < lines.length; i++) {
      const line = lines[i] as FlowLine;
      if (top + line.height > blockHeight + 1e-6) {
        p += 1;
        top = 0;
      }
      pageOf[i] = p;
      topOf[i] = top;
      if (top === 0 && p > 0 && line.blank) continue;
      top += line.height;
    }
    return { page: p, y: top };
  };
  let { page, y } = flow(0, 0);
  if (y + SIGNATURE_LINES * pitch > blockHeight + 1e-6) {
    page += 1;
    y = 0;
  }
  let textOnSignaturePage = lines.filter((_, i) => pageOf[i] === page && isText(i)).length;
  if (page > 0 && textOnSignaturePage < LINES_KEPT_WITH_SIGNATURE) {
    // Bring down lines from the page before until enough text is with the signature.
    let from = pageOf.indexOf(page);
    if (from < 0) from = lines.length;
    while (from > 0 && textOnSignaturePage < LINES_KEPT_WITH_SIGNATURE) {
      from -= 1;
      if (isText(from)) textOnSignaturePage += 1;
    }
    ({ y } = flow(from, page));
  }

  const x0 = g.margin.left;
  const texts: PlacedText[] = lines.flatMap((line, i) =>
    line.draw(x0, g.margin.top + (topOf[i] as number)).map((t) => ({ ...t, page: pageOf[i] as number })),
  );

  // Signature: the date four characters from the right edge, the body's name centred on it.
  const textBottom = y;
  const issuerTop = g.margin.top + textBottom + 2 * pitch;
  const dateTop = issuerTop + pitch;
  const dateWidth = measure('regular', doc.dateZh, em);
  const dateRight = g.width - g.margin.right - 4 * em;
  const dateX = dateRight - dateWidth;
  const centreX = dateX + dateWidth / 2;
  const issuerWidth = measure('regular', doc.issuerZh, em);
  texts.push(
    {
      page,
      x: Math.min(centreX - issuerWidth / 2, g.width - g.margin.right - issuerWidth),
      y: baseline(issuerTop, pitch, em),
      text: doc.issuerZh,
      face: 'regular',
      size: em,
      spacing: 0,
      role: 'signature',
    },
    {
      page,
      x: dateX,
      y: baseline(dateTop, pitch, em),
      text: doc.dateZh,
      face: 'regular',
      size: em,
      spacing: 0,
      role: 'signature',
    },
  );
  // The seal presses on the name and the date, which sit a little below its centre.
  const sealCentreFromTop = issuerTop + 0.7 * pitch;
  const seal: PlacedSeal = { page, cx: centreX, cy: g.height - sealCentreFromTop, r: g.sealRadius };
  const sealGap = sealCentreFromTop - g.sealRadius - (g.margin.top + textBottom);

  const pageCount = page + 1;
  for (let p = 0; p < pageCount; p++) {
    const label = `— ${p + 1} —`;
    const w = measure('regular', label, g.pageNumberSize);
    const odd = p % 2 === 0;
    texts.push({
      page: p,
      x: odd ? g.width - g.margin.right - g.pageNumberSize - w : g.margin.left + g.pageNumberSize,
      // 一字线 7 mm below the text block.
      y: g.margin.bottom - 7 * MM - g.pageNumberSize * 0.6,
      text: label,
      face: 'regular',
      size: g.pageNumberSize,
      spacing: 0,
      role: 'pageNumber',
    });
  }
  return { pageCount, texts, seal, sealGap, geometry: g };
}
