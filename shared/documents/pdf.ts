import { createHash } from 'node:crypto';
import type { Font } from '@pdf-lib/fontkit';
import { degrees, PDFDocument, type PDFFont, rgb, setCharacterSpacing } from 'pdf-lib';
import { startOfShanghaiDay } from '../calendar/time';
import { type ComposedDocument, composeDocument, type FaceMeasure, type FontFace } from './compose';
import { type DocumentFonts, documentFonts, type LoadedFont } from './fonts';
import type { OfficialDocument } from './model';
import { DocumentError } from './template';

/**
 * PDF rendering with pdf-lib: the document composed by compose.ts, set in Noto Serif SC embedded
 * as a subset (only the glyphs used: a page of text costs tens of kilobytes, where the whole font
 * is some fifteen megabytes).
 *
 * The output is a function of the document alone — the same document gives the same bytes, so a
 * regenerated document can be compared with the stored one: the metadata dates are the document's
 * own date, the subset's name tag is a hash of the characters it holds, and pdf-lib's other names
 * come from its seeded generator.
 */

export interface PdfOptions {
  /** Embed the whole font rather than a subset: for measuring what subsetting saves (bench) only. */
  readonly fullFonts?: boolean;
}

/**
 * Ligatures, contextual alternates and kerning off: one glyph per character, each with its own
 * advance, which is what the layout measured and what character spacing (Tc) spreads.
 */
const FEATURES = { liga: false, clig: false, dlig: false, calt: false, kern: false } as const;

const advanceCache = new WeakMap<Font, Map<number, number>>();

/** Advance of a character in font units per em (1 = a full em), cached per process. */
function advance(font: Font, codePoint: number): number {
  let cache = advanceCache.get(font);
  if (!cache) {
    cache = new Map();
    advanceCache.set(font, cache);
  }
  let a = cache.get(codePoint);
  if (a === undefined) {
    a = font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
    cache.set(codePoint, a);
  }
  return a;
}

export function fontMeasure(fonts: DocumentFonts): FaceMeasure {
  return (face, text, size) => {
    const font = fonts[face].font;
    let em = 0;
    for (const ch of text) em += advance(font, ch.codePointAt(0) as number);
    return em * size;
  };
}

/** Characters a face lacks (a rare character in a name, an emoji): a PDF would show empty boxes. */
function missingGlyphs(composed: ComposedDocument, fonts: DocumentFonts): string[] {
  const missing = new Set<string>();
  for (const t of composed.texts)
    for (const ch of t.text)
      if (!/\s/.test(ch) && !fonts[t.face].font.hasGlyphForCodePoint(ch.codePointAt(0) as number))
        missing.add(ch);
  return [...missing];
}

/** ABCDEF+NotoSerifSC-Regular: the subset tag of PDF 32000 §9.6.4, from the characters it holds. */
function subsetName(font: LoadedFont, text: string): string {
  const chars = [...new Set(Array.from(text))].sort().join('');
  const digest = createHash('sha256').update(font.postscriptName).update(chars).digest();
  const tag = Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
  return `${tag}+${font.postscriptName}`;
}

/** The parts of fontkit's TrueType subset (internal to @pdf-lib/fontkit) that padGlyphs touches. */
interface TtfSubset {
  glyf: Uint8Array[];
  offset: number;
  _addGlyph(gid: number): number;
}

const padded = new WeakSet<Font>();

/**
 * Works around a subsetting bug of @pdf-lib/fontkit: the subset writes its `loca` table in the
 * short format (offsets halved) whenever the glyph data stays under 128 KB, but copies each
 * glyph's bytes unpadded. Noto Serif SC's glyphs are not padded to even lengths (its own `loca`
 * is long), so after the first odd-length glyph every offset is off by one and most characters
 * render blank or as fragments — while the text still extracts correctly. Padding every glyph to
 * four bytes (as the TrueType spec recommends) keeps the offsets even and exact.
 */
function padGlyphs(font: Font): Font {
  if (padded.has(font)) return font;
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset() as unknown as TtfSubset;
    const addGlyph = subset._addGlyph.bind(subset);
    subset._addGlyph = (gid: number) => {
      const index = addGlyph(gid);
      const data = subset.glyf[index] as Uint8Array;
      const pad = (4 - (data.length % 4)) % 4;
      if (pad) {
        // Of the glyph's own class: fontkit streams the subset through its bundled Buffer polyfill,
        // which takes no other chunk (not even Node's Buffer).
        const Chunk = data.constructor as unknown as {
          alloc(size: number): Uint8Array;
          concat(list: readonly Uint8Array[]): Uint8Array;
        };
        subset.glyf[index] = Chunk.concat([data, Chunk.alloc(pad)]);
        subset.offset += pad;
      }
      return index;
    };
    return subset as unknown as ReturnType<Font['createSubset']>;
  };
  padded.add(font);
  return font;
}

/** Hands pdf-lib the fonts parsed once per process instead of parsing fifteen megabytes per PDF. */
function sharedFontkit(fonts: DocumentFonts) {
  return {
    create(bytes: Uint8Array): Font {
      const loaded = Object.values(fonts).find((f) => f.bytes === bytes);
      if (!loaded) throw new Error('文书只嵌入 Noto Serif SC 字体');
      return padGlyphs(loaded.font);
    },
  };
}

const BLACK = rgb(0, 0, 0);
const SEAL_RED = rgb(0.85, 0.1, 0.1);
const WATERMARK_GREY = rgb(0.55, 0.55, 0.55);

/** Renders a document to PDF bytes (A4, GB/T 9704 layout). */
export async function renderPdf(doc: OfficialDocument, options: PdfOptions = {}): Promise<Uint8Array> {
  const fonts = await documentFonts();
  const measure = fontMeasure(fonts);
  const composed = composeDocument(doc, measure);
  const missing = missingGlyphs(composed, fonts);
  if (missing.length)
    throw new DocumentError(
      'document.glyphMissing',
      `文书中有字体无法显示的字符：${missing
        .map((c) => `${c}（U+${(c.codePointAt(0) as number).toString(16).toUpperCase()}）`)
        .join('、')}。请改用通用规范汉字，或以 Word 版本编辑后出具`,
    );

  const pdf = await PDFDocument.create({ updateMetadata: false });
  // pdf-lib types its fontkit as a structural interface; ours returns the shared parsed fonts.
  pdf.registerFontkit(sharedFontkit(fonts) as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
  const textOf = (face: FontFace) =>
    composed.texts
      .filter((t) => t.face === face)
      .map((t) => t.text)
      .join('') + (doc.draft && face === 'bold' ? '草稿' : '');
  const embedded = {} as Record<FontFace, PDFFont>;
  for (const face of ['regular', 'bold'] as const) {
    const f = fonts[face];
    embedded[face] = await pdf.embedFont(f.bytes, {
      subset: !options.fullFonts,
      customName: options.fullFonts ? f.postscriptName : subsetName(f, textOf(face)),
      features: FEATURES,
    });
  }

  const g = composed.geometry;
  const pages = Array.from({ length: composed.pageCount }, () => pdf.addPage([g.width, g.height]));
  if (doc.draft)
    for (const page of pages) {
      const size = 120;
      const w = embedded.bold.widthOfTextAtSize('草稿', size);
      // Diagonal, centred: the text's middle on the page's middle.
      const angle = Math.PI / 4;
      page.drawText('草稿', {
        x: g.width / 2 - (w / 2) * Math.cos(angle) + (size / 3) * Math.sin(angle),
        y: g.height / 2 - (w / 2) * Math.sin(angle) - (size / 3) * Math.cos(angle),
        size,
        font: embedded.bold,
        color: WATERMARK_GREY,
        opacity: 0.18,
        rotate: degrees(45),
      });
    }
  for (const t of composed.texts) {
    const page = pages[t.page];
    if (!page) continue;
    if (t.spacing !== 0) page.pushOperators(setCharacterSpacing(t.spacing));
    page.drawText(t.text, { x: t.x, y: t.y, size: t.size, font: embedded[t.face], color: BLACK });
    if (t.spacing !== 0) page.pushOperators(setCharacterSpacing(0));
  }
  const seal = composed.seal;
  pages[seal.page]?.drawCircle({
    x: seal.cx,
    y: seal.cy,
    size: seal.r,
    borderColor: SEAL_RED,
    borderWidth: 1.2,
    borderDashArray: [6, 4],
    borderOpacity: 0.8,
  });

  const dated = startOfShanghaiDay(doc.issuedOn);
  pdf.setTitle(`${doc.issuerZh}${doc.titleZh}（${doc.number}）`);
  pdf.setAuthor(doc.issuerZh);
  pdf.setSubject(doc.titleZh);
  pdf.setKeywords([...doc.legalBasis]);
  pdf.setCreator('行政复议案件系统');
  pdf.setProducer('pdf-lib');
  pdf.setLanguage('zh-CN');
  pdf.setCreationDate(dated);
  pdf.setModificationDate(dated);
  return pdf.save();
}
