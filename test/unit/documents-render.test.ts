import { beforeAll, describe, expect, it, test } from '@jest/globals';
import fontkit from '@pdf-lib/fontkit';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFStream,
} from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import {
  buildDocument,
  DocumentError,
  documentFonts,
  type OfficialDocument,
  type ReconsiderationDocumentKind,
  reconsiderationTemplates,
  renderDocx,
  renderPdf,
} from '../../shared/documents';
import {
  documentInputs,
  docxText,
  expectedInOrder,
  positionsInOrder,
  unzip,
  withoutPageNumbers,
} from '../support/documents';

/**
 * Every document is rendered once, to PDF and to DOCX, in beforeAll; the tests read the files
 * back — the PDF's text with unpdf (pdf.js), the DOCX's word/document.xml — and the PDF's
 * embedded fonts with pdf-lib and fontkit.
 */

const kinds = Object.keys(reconsiderationTemplates) as ReconsiderationDocumentKind[];

interface Rendered {
  readonly doc: OfficialDocument;
  readonly pdf: Uint8Array;
  readonly docx: Uint8Array;
  /** The PDF's text without its page numbers. */
  readonly pdfText: string;
  readonly rawText: string;
  readonly pageCount: number;
}

const rendered = new Map<ReconsiderationDocumentKind, Rendered>();

async function pdfTextOf(pdf: Uint8Array) {
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: true,
  });
  return { text, totalPages };
}

const build = (kind: ReconsiderationDocumentKind) =>
  buildDocument(reconsiderationTemplates[kind] as never, documentInputs[kind] as never) as OfficialDocument;

beforeAll(async () => {
  for (const kind of kinds) {
    const doc = build(kind);
    const [pdf, docx] = await Promise.all([renderPdf(doc), renderDocx(doc)]);
    const { text, totalPages } = await pdfTextOf(pdf);
    rendered.set(kind, {
      doc,
      pdf,
      docx,
      pdfText: withoutPageNumbers(text),
      rawText: text,
      pageCount: totalPages,
    });
  }
});

const get = (kind: ReconsiderationDocumentKind) => rendered.get(kind) as Rendered;

describe('PDF', () => {
  test.each(kinds)('%s: the number, the parties, the dates and the legal wording, in order', (kind) => {
    const missing = positionsInOrder(get(kind).pdfText, expectedInOrder[kind]).filter((p) => p.at < 0);
    expect(missing).toEqual([]);
  });

  test.each(kinds)('%s: every paragraph of the document is in the PDF, whole and in order', (kind) => {
    const { doc, pdfText } = get(kind);
    const paragraphs = [...doc.partyLines, ...doc.body, ...doc.remedy];
    expect(positionsInOrder(pdfText, paragraphs).filter((p) => p.at < 0)).toEqual([]);
  });

  it('runs a long decision to several pages, numbered — 1 — to — n —', () => {
    const { pageCount, rawText } = get('decision');
    expect(pageCount).toBeGreaterThan(1);
    const numbers = Array.from({ length: pageCount }, (_, i) => `—${i + 1}—`);
    expect(positionsInOrder(rawText, numbers).filter((p) => p.at < 0)).toEqual([]);
    expect(rawText.match(/—\s*\d+\s*—/g)).toHaveLength(pageCount);
    expect(get('resumption').pageCount).toBe(1);
  });

  it('is A4', async () => {
    const pdf = await PDFDocument.load(get('acceptance').pdf);
    const { width, height } = pdf.getPage(0).getSize();
    expect(width).toBeCloseTo((210 * 72) / 25.4, 2);
    expect(height).toBeCloseTo((297 * 72) / 25.4, 2);
  });

  it('is byte-identical when the same document is rendered again, in the same process or from a freshly built model', async () => {
    const again = await renderPdf(build('decision'));
    expect(Buffer.compare(Buffer.from(again), Buffer.from(get('decision').pdf))).toBe(0);
  });

  it('dates its metadata from the document and names it', async () => {
    const pdf = await PDFDocument.load(get('decision').pdf, { updateMetadata: false });
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-11-23T16:00:00.000Z');
    expect(pdf.getModificationDate()?.toISOString()).toBe('2026-11-23T16:00:00.000Z');
    expect(pdf.getTitle()).toBe('西宁市人民政府行政复议决定书（宁政复决字〔2026〕12号）');
    expect(pdf.getAuthor()).toBe('西宁市人民政府');
  });

  it('marks a draft 草稿 on every page, and only a draft', async () => {
    const draft = await renderPdf({ ...get('decision').doc, draft: true });
    const { text, totalPages } = await pdfTextOf(draft);
    expect(text.match(/草稿/g)?.length).toBe(totalPages);
    expect(get('decision').pdfText).not.toContain('草稿');
  });

  describe('embedded fonts', () => {
    /** Each embedded font: its name, its FontFile2 bytes, and glyph id → character from its ToUnicode map. */
    async function embeddedFonts(bytes: Uint8Array) {
      const pdf = await PDFDocument.load(bytes);
      const fonts: { name: string; file: Uint8Array; chars: Map<number, string> }[] = [];
      for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
        if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Subtype'))?.toString() !== '/Type0') continue;
        const cid = pdf.context.lookup(obj.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0), PDFDict);
        const descriptor = cid.lookup(PDFName.of('FontDescriptor'), PDFDict);
        const raw = (stream: PDFStream) => {
          if (!(stream instanceof PDFRawStream)) throw new Error('expected a raw stream');
          return decodePDFRawStream(stream).decode();
        };
        const file = raw(descriptor.lookup(PDFName.of('FontFile2'), PDFStream));
        const cmap = new TextDecoder().decode(raw(obj.lookup(PDFName.of('ToUnicode'), PDFStream)));
        const chars = new Map<number, string>();
        for (const m of cmap.matchAll(/^<([0-9a-f]{4})> <([0-9a-f]+)>$/gim))
          chars.set(
            Number.parseInt(m[1] as string, 16),
            String.fromCodePoint(Number.parseInt(m[2] as string, 16)),
          );
        fonts.push({ name: obj.get(PDFName.of('BaseFont'))?.toString() ?? '', file, chars });
      }
      return fonts;
    }

    it('embeds two subsets, named with a tag, far smaller than the fonts', async () => {
      const fonts = await embeddedFonts(get('decision').pdf);
      expect(fonts.map((f) => f.name.replace(/^\/[A-Z]{6}\+/, '')).sort()).toEqual([
        'NotoSerifSC-Bold',
        'NotoSerifSC-Regular',
      ]);
      for (const f of fonts) expect(f.name).toMatch(/^\/[A-Z]{6}\+NotoSerifSC-/);
      expect(get('decision').pdf.length).toBeLessThan(200 * 1024);
      expect(get('acceptance').pdf.length).toBeLessThan(100 * 1024);
    });

    it('draws every character with its own outline (guards the glyph padding of pdf.ts)', async () => {
      const originals = await documentFonts();
      const fonts = await embeddedFonts(get('decision').pdf);
      let checked = 0;
      for (const f of fonts) {
        const original = f.name.endsWith('Bold') ? originals.bold.font : originals.regular.font;
        const subset = fontkit.create(f.file);
        const mismatched: string[] = [];
        for (const [gid, ch] of f.chars) {
          const mine = subset.getGlyph(gid).path;
          const theirs = original.glyphForCodePoint(ch.codePointAt(0) as number).path;
          if (mine.toSVG() !== theirs.toSVG()) mismatched.push(ch);
          checked++;
        }
        expect({ font: f.name, mismatched }).toEqual({ font: f.name, mismatched: [] });
      }
      expect(checked).toBeGreaterThan(200);
    });
  });

  it('refuses a character the font cannot draw rather than print an empty box', async () => {
    const doc = { ...get('acceptance').doc, addresseeZh: '张𠀾' };
    await expect(renderPdf(doc)).rejects.toBeInstanceOf(DocumentError);
    await expect(renderPdf(doc)).rejects.toMatchObject({ code: 'document.glyphMissing' });
    await expect(renderPdf(doc)).rejects.toThrow('𠀾（U+2003E）');
  });
});

describe('DOCX', () => {
  const documentXml = (kind: ReconsiderationDocumentKind) =>
    unzip(get(kind).docx).get('word/document.xml')?.toString('utf8') ?? '';

  test.each(kinds)('%s: the same content as the PDF, in order', (kind) => {
    const text = docxText(documentXml(kind));
    expect(positionsInOrder(text, expectedInOrder[kind]).filter((p) => p.at < 0)).toEqual([]);
    const { doc } = get(kind);
    expect(
      positionsInOrder(text, [...doc.partyLines, ...doc.body, ...doc.remedy]).filter((p) => p.at < 0),
    ).toEqual([]);
  });

  it('is A4 with the margins of GB/T 9704, the official fonts, two-character indents and page numbers', () => {
    const xml = documentXml('decision');
    const twips = (mm: number) => String(Math.round((mm * 1440) / 25.4));
    expect(xml).toContain(`<w:pgSz w:w="${twips(210)}" w:h="${twips(297)}"`);
    expect(xml).toMatch(
      new RegExp(
        `<w:pgMar w:top="${twips(37)}" w:right="${twips(26)}" w:bottom="${twips(35)}" w:left="${twips(28)}"`,
      ),
    );
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('<w:ind w:firstLine="640"/>');
    const files = unzip(get('decision').docx);
    const footers = [...files.keys()].filter((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(footers).toHaveLength(2);
    for (const f of footers) expect(files.get(f)?.toString('utf8')).toMatch(/— <\/w:t>.*PAGE.* —<\/w:t>/s);
  });

  it('marks a draft in its header', async () => {
    const files = unzip(await renderDocx({ ...get('decision').doc, draft: true }));
    const headers = [...files.keys()].filter((n) => /^word\/header\d+\.xml$/.test(n));
    expect(headers.length).toBeGreaterThan(0);
    expect(files.get(headers[0] as string)?.toString('utf8')).toContain('草稿');
    expect([...unzip(get('decision').docx).keys()].some((n) => n.startsWith('word/header'))).toBe(false);
  });
});
