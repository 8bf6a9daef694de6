import { isoParts } from '../calendar/time';
import type { IsoDate } from '../calendar/types';

/**
 * Chinese numerals as official documents write them: 〇 in a year read digit by digit
 * (二〇二六), and counted numbers in the positional form (十五, 二十四, 一百零五).
 */

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const ZERO = '零';
const UNITS = ['', '十', '百', '千'] as const;

/** 0 ≤ n ≤ 9999, as counted: 10 → 十, 15 → 十五, 20 → 二十, 105 → 一百零五, 110 → 一百一十. */
export function chineseCount(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`chineseCount: 0–9999 only, got ${n}`);
  if (n === 0) return ZERO;
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i] ?? '';
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += ZERO;
    pendingZero = false;
    // 十五, not 一十五, when the number starts at the tens.
    out += (d === 1 && unit === '十' && out === '' ? '' : DIGITS[d]) + unit;
  });
  return out;
}

/** A year read digit by digit: 2026 → 二〇二六. */
export function chineseYear(year: number): string {
  if (!Number.isInteger(year) || year < 0) throw new RangeError(`chineseYear: not a year: ${year}`);
  return String(year)
    .split('')
    .map((d) => DIGITS[Number(d)])
    .join('');
}

/** '2026-11-24' → 二〇二六年十一月二十四日: the date under the signature of a legal document. */
export function chineseDate(date: IsoDate): string {
  const { year, month, day } = isoParts(date);
  return `${chineseYear(year)}年${chineseCount(month)}月${chineseCount(day)}日`;
}
