/**
 * Line breaking for Chinese text (避头尾, after the usual rules of Chinese typesetting, cf.
 * W3C "Requirements for Chinese Text Layout" §3.1.7): a line may break between any two Chinese
 * characters, but never before closing punctuation (，。、；：？！）》”…) nor after opening
 * punctuation (（《“…); a run of Latin letters or digits (2026, 12.5, A4) and a doubled dash or
 * ellipsis (——, ……) are never split. When a break would fall in a forbidden place, the last
 * character of the line moves down with it (推出), and the line is justified to the full width.
 *
 * Pure: widths come from a measure function, so the rules are tested without a font.
 */

/** May not begin a line. */
export const NO_LINE_START = new Set(Array.from('，。、；：？！）》」』】〕〉］｝〗〙”’…—·～%‰℃°,.;:?!)]}>'));
/** May not end a line. */
export const NO_LINE_END = new Set(Array.from('（《「『【〔〈［｛〖〘“‘([{<'));

/** Width of a piece of text at the size being laid out. */
export type Measure = (text: string) => number;

export interface LaidLine {
  readonly text: string;
  /** Offset from the left edge of the text block (the first line's indent). */
  readonly indent: number;
  /** Width of the text at its natural spacing. */
  readonly naturalWidth: number;
  /** Extra space after every glyph but the last (negative to squeeze), so the line fills the width. */
  readonly spacing: number;
}

export interface ParagraphOptions {
  /** Width of the text block. */
  readonly width: number;
  /** First-line indent (two characters for a body paragraph). */
  readonly firstIndent?: number;
  /**
   * How much each glyph gap may shrink (≥ 0) to keep one more character on a line: a CJK grid of
   * 28 characters a line in 156 mm at 16 pt (GB/T 9704) needs about 0.2 pt.
   */
  readonly maxSqueeze?: number;
  /** Spread every line but the last to the full width (default true). */
  readonly justify?: boolean;
}

const LATIN_RUN = /^[A-Za-z0-9][A-Za-z0-9.,:/%_+\-']*/;

/** The units a line may not split: a character, a Latin or digit run, —— or ……. */
export function atoms(text: string): string[] {
  const out: string[] = [];
  const chars = Array.from(text);
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] as string;
    const rest = chars.slice(i, i + 64).join('');
    const latin = LATIN_RUN.exec(rest);
    if (latin) {
      // A trailing full stop or comma of a run is punctuation, not part of the number.
      const run = latin[0].replace(/[.,:]+$/, '');
      out.push(run);
      i += Array.from(run).length;
      continue;
    }
    if ((c === '—' || c === '…') && chars[i + 1] === c) {
      out.push(c + c);
      i += 2;
      continue;
    }
    out.push(c);
    i += 1;
  }
  return out;
}

const glyphCount = (s: string) => Array.from(s).length;
const firstChar = (s: string) => Array.from(s)[0] ?? '';
const lastChar = (s: string) => Array.from(s).at(-1) ?? '';

/** A break between `before` and `after` is allowed. */
function canBreakBetween(before: string, after: string): boolean {
  return !NO_LINE_START.has(firstChar(after)) && !NO_LINE_END.has(lastChar(before));
}

/** Splits one paragraph into lines no wider than `width` (after squeeze), following the rules above. */
export function breakParagraph(text: string, measure: Measure, options: ParagraphOptions): LaidLine[] {
  const { width, firstIndent = 0, maxSqueeze = 0, justify = true } = options;
  const units = atoms(text).flatMap((a) =>
    // A run wider than a whole line (a long URL) is the one thing that may be cut anywhere.
    measure(a) > width - firstIndent ? Array.from(a) : [a],
  );
  const fits = (parts: readonly string[], indent: number) => {
    const s = parts.join('');
    return measure(s) - Math.max(0, glyphCount(s) - 1) * maxSqueeze <= width - indent + 1e-6;
  };

  const lines: { parts: string[]; indent: number }[] = [];
  let current: string[] = [];
  let indent = firstIndent;
  for (const unit of units) {
    if (current.length === 0 || fits([...current, unit], indent)) {
      current.push(unit);
      continue;
    }
    // Break before `unit`; move characters down while the break would be forbidden.
    const carried = [unit];
    const kept = [...current];
    while (kept.length > 1 && !canBreakBetween(kept.at(-1) as string, carried[0] as string))
      carried.unshift(kept.pop() as string);
    if (!canBreakBetween(kept.at(-1) as string, carried[0] as string)) {
      // Nothing left to move (a line of punctuation): let the punctuation hang rather than start a line.
      current.push(unit);
      continue;
    }
    lines.push({ parts: kept, indent });
    current = carried;
    indent = 0;
  }
  if (current.length) lines.push({ parts: current, indent });

  return lines.map((l, i) => {
    const s = l.parts.join('').replace(/^ +| +$/g, '');
    const natural = measure(s);
    const gaps = glyphCount(s) - 1;
    const last = i === lines.length - 1;
    const available = width - l.indent;
    // The last line keeps its natural spacing unless it must be squeezed to fit.
    const spread =
      gaps > 0 && (justify && !last ? true : natural > available) ? (available - natural) / gaps : 0;
    return { text: s, indent: l.indent, naturalWidth: natural, spacing: spread };
  });
}
