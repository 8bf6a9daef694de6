import { describe, expect, it, test } from '@jest/globals';
import fc from 'fast-check';
import { buildDocument, reconsiderationTemplates } from '../../shared/documents';
import { a4, composeDocument, type FaceMeasure } from '../../shared/documents/compose';
import { atoms, breakParagraph, NO_LINE_END, NO_LINE_START } from '../../shared/documents/line-breaking';
import { documentInputs } from '../support/documents';

/** A font without a font: CJK characters and full-width punctuation one em, Latin and digits half. */
const emOf = (text: string) =>
  Array.from(text).reduce(
    (w, c) => w + ((c.codePointAt(0) as number) < 0x2e80 && c !== '—' && c !== '…' ? 0.5 : 1),
    0,
  );
const measure16 = (text: string) => emOf(text) * 16;
const faceMeasure: FaceMeasure = (_face, text, size) => emOf(text) * size;

const width = 442.2; // 156 mm
const first = (s: string) => Array.from(s)[0] as string;
const last = (s: string) => Array.from(s).at(-1) as string;
const lineWidth = (l: { text: string; naturalWidth: number; spacing: number; indent: number }) =>
  l.indent + l.naturalWidth + l.spacing * (Array.from(l.text).length - 1);

describe('line breaking (避头尾)', () => {
  it('keeps Latin runs, ——, …… whole and splits Chinese into characters', () => {
    expect(atoms('于2026年3月2日——即A4纸……。')).toEqual([
      '于',
      '2026',
      '年',
      '3',
      '月',
      '2',
      '日',
      '——',
      '即',
      'A4',
      '纸',
      '……',
      '。',
    ]);
    expect(atoms('罚款5000.50元。')).toEqual(['罚', '款', '5000.50', '元', '。']);
  });

  it('fills 28 characters a line at 16 pt in 156 mm, squeezing each gap by at most a quarter point (GB/T 9704)', () => {
    const lines = breakParagraph('行'.repeat(100), measure16, { width, maxSqueeze: a4.maxSqueeze });
    expect(lines.slice(0, -1).map((l) => Array.from(l.text).length)).toEqual([28, 28, 28]);
    for (const l of lines.slice(0, -1)) {
      expect(l.spacing).toBeLessThan(0);
      expect(l.spacing).toBeGreaterThanOrEqual(-a4.maxSqueeze);
      expect(lineWidth(l)).toBeCloseTo(width, 6);
    }
    // The last line keeps its natural spacing.
    expect(lines.at(-1)?.spacing).toBe(0);
  });

  it('indents the first line by two characters', () => {
    const lines = breakParagraph('行'.repeat(60), measure16, {
      width,
      firstIndent: 32,
      maxSqueeze: a4.maxSqueeze,
    });
    expect(lines[0]?.indent).toBe(32);
    expect(Array.from(lines[0]?.text ?? '').length).toBe(26);
    expect(lines[1]?.indent).toBe(0);
  });

  it('moves the last character down with a comma that would start a line', () => {
    // 27 characters then a comma: the comma may not start line 2, so 字 goes down with it.
    const text = `${'字'.repeat(28)}，后文`;
    const lines = breakParagraph(text, measure16, { width, maxSqueeze: a4.maxSqueeze });
    expect(lines.map((l) => l.text)).toEqual(['字'.repeat(27), '字，后文']);
    expect(lineWidth(lines[0] as never)).toBeCloseTo(width, 6);
  });

  it('moves an opening bracket or quotation mark that would end a line to the next', () => {
    const lines = breakParagraph(`${'字'.repeat(27)}《行政复议法》`, measure16, {
      width,
      maxSqueeze: a4.maxSqueeze,
    });
    expect(lines[0]?.text).toBe('字'.repeat(27));
    expect(lines[1]?.text).toBe('《行政复议法》');
  });

  it('never splits a number across lines', () => {
    // 27 characters and half of 2026 would fit; the number goes down whole.
    const lines = breakParagraph(`${'字'.repeat(27)}2026年`, measure16, { width, maxSqueeze: a4.maxSqueeze });
    expect(lines.map((l) => l.text)).toEqual(['字'.repeat(27), '2026年']);
  });

  const cjk = fc.constantFrom(...Array.from('行政复议申请人被决定书本机关受理依法审查'));
  const closing = fc.constantFrom(...Array.from('，。、；：？！）》”'));
  const opening = fc.constantFrom(...Array.from('（《“'));
  const latin = fc.constantFrom('2026', '12', 'A4', '5000.50', '3');
  const piece = fc.oneof(
    { weight: 10, arbitrary: cjk },
    { weight: 2, arbitrary: closing },
    { weight: 1, arbitrary: opening },
    { weight: 1, arbitrary: latin },
    { weight: 1, arbitrary: fc.constantFrom('——', '……') },
  );
  const paragraph = fc
    .array(piece, { minLength: 1, maxLength: 300 })
    .map((p) => p.join(''))
    // A paragraph that starts with closing punctuation is not text anyone writes.
    .filter((s) => !NO_LINE_START.has(first(s)));

  it('keeps every rule on any paragraph: the text intact, no line too wide, no forbidden start or end', () => {
    fc.assert(
      fc.property(paragraph, fc.constantFrom(0, 32), (text, firstIndent) => {
        const lines = breakParagraph(text, measure16, { width, firstIndent, maxSqueeze: a4.maxSqueeze });
        expect(lines.map((l) => l.text).join('')).toBe(text);
        lines.forEach((l, i) => {
          expect(lineWidth(l)).toBeLessThanOrEqual(width + 1e-6);
          if (i > 0) expect(NO_LINE_START.has(first(l.text))).toBe(false);
          if (i < lines.length - 1) {
            expect(NO_LINE_END.has(last(l.text))).toBe(false);
            // A justified line fills the width.
            expect(lineWidth(l)).toBeCloseTo(width, 6);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('page composition (GB/T 9704)', () => {
  const decision = buildDocument(reconsiderationTemplates.decision, documentInputs.decision);
  const composed = composeDocument(decision, faceMeasure);
  const g = composed.geometry;
  const mm = 72 / 25.4;

  it('lays the text block out in the margins of A4: 37 mm top, 28 mm left, 26 mm right, 35 mm bottom', () => {
    expect(g.width).toBeCloseTo(210 * mm, 3);
    expect(g.height).toBeCloseTo(297 * mm, 3);
    const body = composed.texts.filter((t) => t.role === 'text');
    for (const t of body) {
      expect(t.x).toBeGreaterThanOrEqual(28 * mm - 1e-6);
      expect(
        t.x + faceMeasure(t.face, t.text, t.size) + t.spacing * (Array.from(t.text).length - 1),
      ).toBeLessThanOrEqual(g.width - 26 * mm + 1e-6);
      expect(t.y).toBeLessThan(g.height - 37 * mm);
      expect(t.y).toBeGreaterThan(35 * mm);
    }
  });

  it('centres the title and the number on the first page, above the text', () => {
    const title = composed.texts.filter((t) => t.role === 'title');
    expect(title.map((t) => t.text)).toEqual(['西宁市人民政府', '行政复议决定书']);
    const number = composed.texts.find((t) => t.role === 'number');
    for (const t of [...title, number]) {
      expect(t?.page).toBe(0);
      const w = faceMeasure(t?.face ?? 'regular', t?.text ?? '', t?.size ?? 0);
      expect((t?.x ?? 0) + w / 2).toBeCloseTo(28 * mm + (156 * mm) / 2, 3);
    }
    expect(title[0]?.size).toBe(22);
    const firstBody = composed.texts.find((t) => t.role === 'text');
    expect(number?.y).toBeGreaterThan(firstBody?.y ?? Infinity);
  });

  it('runs to several pages, 22 lines a page, numbered — n — on the outer side', () => {
    expect(composed.pageCount).toBeGreaterThan(1);
    for (let p = 0; p < composed.pageCount; p++) {
      const lines = composed.texts.filter((t) => t.page === p && t.role === 'text');
      expect(lines.length).toBeLessThanOrEqual(22);
      const pn = composed.texts.filter((t) => t.page === p && t.role === 'pageNumber');
      expect(pn.map((t) => t.text)).toEqual([`— ${p + 1} —`]);
      const mid = (pn[0]?.x ?? 0) + faceMeasure('regular', pn[0]?.text ?? '', 14) / 2;
      if (p % 2 === 0) expect(mid).toBeGreaterThan(g.width / 2);
      else expect(mid).toBeLessThan(g.width / 2);
      expect(pn[0]?.y).toBeLessThan(35 * mm);
    }
  });

  it('signs at the end: the date four characters from the right, the issuer centred over it, the seal within a line of the text', () => {
    const [issuer, date] = composed.texts.filter((t) => t.role === 'signature');
    expect(date?.text).toBe('二〇二六年十一月二十四日');
    const dateRight = (date?.x ?? 0) + faceMeasure('regular', date?.text ?? '', 16);
    expect(dateRight).toBeCloseTo(g.width - 26 * mm - 4 * 16, 3);
    const issuerMid = (issuer?.x ?? 0) + faceMeasure('regular', issuer?.text ?? '', 16) / 2;
    expect(issuerMid).toBeCloseTo(composed.seal.cx, 3);
    expect(issuer?.page).toBe(composed.pageCount - 1);
    expect(composed.seal.page).toBe(composed.pageCount - 1);
    const pitch = (225 * mm) / 22;
    expect(composed.sealGap).toBeGreaterThanOrEqual(0);
    expect(composed.sealGap).toBeLessThanOrEqual(pitch);
    // The seal presses on both lines and stays inside the text block.
    expect(composed.seal.cy + composed.seal.r).toBeGreaterThan(issuer?.y ?? 0);
    expect(composed.seal.cy - composed.seal.r).toBeLessThan(date?.y ?? 0);
    expect(composed.seal.cy - composed.seal.r).toBeGreaterThan(35 * mm);
  });

  // The end of the text at each of the 22 lines of a page, in turn.
  test.each(Array.from({ length: 23 }, (_, i) => i))(
    'never leaves a signature alone on a page (%i lines of text pushed down)',
    (extraLines) => {
      // Grow the reasoning a line at a time so the end of the text falls at every place on a page.
      const fields = {
        ...documentInputs.decision.fields,
        reasoning: `${documentInputs.decision.fields.reasoning}${'理由'.repeat(14 * extraLines)}`,
      };
      const c = composeDocument(
        buildDocument(reconsiderationTemplates.decision, { ...documentInputs.decision, fields }),
        faceMeasure,
      );
      const lastPage = c.pageCount - 1;
      const onLastPage = c.texts.filter((t) => t.page === lastPage && t.role === 'text');
      expect(onLastPage.length).toBeGreaterThanOrEqual(2);
      // …starting on the first line of the page (no blank line carried to its top).
      const pitch = (225 * mm) / 22;
      expect(onLastPage[0]?.y).toBeCloseTo(g.height - (37 * mm + (pitch - 16) / 2 + 16 * 0.88), 3);
      expect(c.seal.cy - c.seal.r).toBeGreaterThan(35 * mm - 1e-6);
      expect(c.sealGap).toBeLessThanOrEqual((225 * mm) / 22);
    },
  );
});
