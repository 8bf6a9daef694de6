import * as z from 'zod/mini';

/**
 * Text a person types into a form, checked the same way in every request schema:
 *
 * - no control characters: none at all in a single-line field (a name, a title, an id — so no
 *   CR/LF, tab or NUL, and no U+2028/U+2029 line separators); a multi-line field (a description)
 *   keeps its line breaks (LF, CR) but no other control character;
 * - no lone surrogate (half of a character, which no font can show and no system can store
 *   faithfully);
 * - not empty once whitespace and zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are
 *   removed; an optional field left blank that way counts as not given;
 * - whitespace and zero-width characters trimmed from both ends;
 * - at most `max` characters, counted as a person counts them (code points, not UTF-16 units).
 *
 * Every message names the field by its Chinese label.
 */

export interface TextOptions {
  /** The most characters the field holds. */
  readonly max: number;
  /** A description, reasons, an answer: line breaks allowed. */
  readonly multiline?: boolean;
  /** A shape the value must have beyond being text (e.g. an identifier), with the reason. */
  readonly pattern?: { readonly re: RegExp; readonly messageZh: string };
}

const INVISIBLE = '\\s\\u200B-\\u200D\\u2060\\uFEFF';
const EDGES = new RegExp(`^[${INVISIBLE}]+|[${INVISIBLE}]+$`, 'gu');
const ALL_INVISIBLE = new RegExp(`[${INVISIBLE}]`, 'gu');
/** Any C0/C1 control or DEL, and the Unicode line and paragraph separators. */
const SINGLE_LINE_FORBIDDEN = /[\p{Cc}\u2028\u2029]/u;
/** Any control character except LF and CR. */
const MULTI_LINE_FORBIDDEN = /(?![\n\r])\p{Cc}/u;
/** With the u flag, \p{Cs} matches only a surrogate that is not half of a pair. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Whitespace and zero-width characters off both ends. */
export const trimInvisible = (s: string): string => s.replace(EDGES, '');

/** True when nothing is left after removing whitespace and zero-width characters. */
export const isBlank = (s: string): boolean => s.replace(ALL_INVISIBLE, '') === '';

/** Characters as a person counts them: a character outside the BMP (e.g. 𠀀) is one. */
export const charCount = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** What is wrong with a (trimmed) text value, in Chinese, or undefined when it is fine. */
export function textProblemZh(
  value: string,
  label: string,
  { max, multiline = false, pattern }: TextOptions,
): string | undefined {
  if (LONE_SURROGATE.test(value)) return `${label}含有无法识别的字符（编码不完整），请重新输入`;
  if (multiline ? MULTI_LINE_FORBIDDEN.test(value) : SINGLE_LINE_FORBIDDEN.test(value))
    return multiline
      ? `${label}不能含有换行以外的控制字符（如制表符、空字符）`
      : `${label}应为一行文字，不能含有换行、制表符等控制字符`;
  if (isBlank(value)) return `请填写${label}`;
  if (charCount(value) > max) return `${label}不得超过${max}字`;
  if (pattern && !pattern.re.test(value)) return pattern.messageZh;
  return undefined;
}

/** A string field whose wrong type or absence is told with its label. */
export const textString = (label: string) =>
  z.string({
    error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}应为文字`),
  });

/** A required text field: trimmed, and refused with a Chinese reason when it is not proper text. */
export function requiredText(label: string, options: TextOptions) {
  return textString(label).check(
    z.overwrite(trimInvisible),
    z.superRefine((value, ctx) => {
      const problem = textProblemZh(value, label, options);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  );
}

/** An optional text field: absent, or blank (only whitespace / zero-width), means not given. */
export function optionalText(label: string, options: TextOptions) {
  return z.pipe(
    z.transform((value: unknown) => (typeof value === 'string' && isBlank(value) ? undefined : value)),
    z.optional(requiredText(label, options)),
  );
}

/**
 * An object schema's own message for a value that is not an object at all (its other issues —
 * a key it does not accept — keep theirs).
 */
export const notAnObject =
  (messageZh: string) =>
  (issue: { code?: string }): string | undefined =>
    issue.code === 'invalid_type' ? messageZh : undefined;

/** A single-line name (of a person, an organisation, a representative). */
export const nameText = (label: string, max = 50) => requiredText(label, { max });

/** An identifier chosen from a list (a body, an agency): one line, short. */
export const idText = (label: string) =>
  requiredText(label, {
    max: 64,
    pattern: { re: /^[A-Za-z0-9_.:-]+$/, messageZh: `${label}无效，请从列表中选择` },
  });
