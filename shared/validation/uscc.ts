/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 *
 * 18 characters from a 31-character alphabet (digits and capital letters without I, O, Z, S, V):
 * registration authority, organisation type, 6-digit division code, 9-character organisation code
 * and a check character. Pure functions, no I/O. Lowercase input is accepted.
 */

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character for the first 17 characters. Throws if they are not 17 characters of the alphabet. */
export function usccCheckChar(first17: string): string {
  const s = first17.toUpperCase();
  if (s.length !== 17) throw new Error('usccCheckChar expects exactly 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(s.charAt(i));
    if (value < 0) throw new Error(`usccCheckChar: '${s.charAt(i)}' is not in the code alphabet`);
    sum += value * (WEIGHTS[i] as number);
  }
  const check = 31 - (sum % 31);
  return USCC_ALPHABET.charAt(check === 31 ? 0 : check);
}

/** What is wrong with a unified social credit code, in Chinese, or null when it is valid. */
export function usccProblem(code: string): string | null {
  if (typeof code !== 'string' || code.length === 0) return '请填写统一社会信用代码';
  if (code.length !== 18) return `统一社会信用代码应为18位，当前为${code.length}位`;
  const s = code.toUpperCase();
  for (const ch of s) {
    if (!USCC_ALPHABET.includes(ch)) {
      return `统一社会信用代码含有无效字符“${ch}”（只能是数字和除I、O、Z、S、V以外的大写字母）`;
    }
  }
  if (usccCheckChar(s.slice(0, 17)) !== s.charAt(17)) return '统一社会信用代码校验码不正确';
  return null;
}

/** True when `code` is a valid unified social credit code (see usccProblem). */
export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}
