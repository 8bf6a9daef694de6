/**
 * 公民身份号码 (PRC resident identity number), GB 11643-1999.
 *
 * 18 characters: 6-digit address code, 8-digit birth date (YYYYMMDD), 3-digit sequence code and one
 * check character computed with ISO 7064 MOD 11-2. Pure functions, no I/O.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CODES = '10X98765432';

/** First two digits: the province-level division (GB/T 2260), including 71 台湾, 81 香港, 82 澳门, 83 台湾居民, 91 外国人永久居留. */
const PROVINCE_CODES: ReadonlySet<number> = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83, 91,
]);

const SHAPE = /^\d{17}[\dXx]$/;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const MIN_BIRTH_YEAR = 1900;

/** The check character ('0'–'9' or 'X') for the first 17 digits. Throws if they are not 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('residentIdCheckChar expects exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK_CODES[sum % 11] as string;
}

/** 'YYYYMMDD' of a date in China Standard Time; a 'YYYY-MM-DD' string is taken as it is. */
function todayDigits(today: Date | string): string {
  if (typeof today === 'string') return today.replaceAll('-', '');
  const d = new Date(today.getTime() + SHANGHAI_OFFSET_MS);
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${d.getUTCFullYear()}${mm}${dd}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * What is wrong with a resident identity number, in Chinese, or null when it is valid.
 * A lowercase 'x' check character is accepted. `today` (a Date, read in China Standard Time, or
 * 'YYYY-MM-DD') bounds the birth date; it defaults to now.
 */
export function residentIdProblem(id: string, today: Date | string = new Date()): string | null {
  if (typeof id !== 'string' || id.length === 0) return '请填写公民身份号码';
  if (id.length !== 18) return `公民身份号码应为18位，当前为${id.length}位`;
  if (!SHAPE.test(id)) return '公民身份号码格式不正确：前17位应为数字，最后一位应为数字或X';

  if (!PROVINCE_CODES.has(Number(id.slice(0, 2)))) return '公民身份号码前两位不是有效的省级行政区划代码';

  const birth = id.slice(6, 14);
  const year = Number(birth.slice(0, 4));
  const month = Number(birth.slice(4, 6));
  const day = Number(birth.slice(6, 8));
  if (!isRealDate(year, month, day)) return '公民身份号码中的出生日期不是有效日期';
  if (year < MIN_BIRTH_YEAR) return '公民身份号码中的出生日期早于1900年';
  if (birth > todayDigits(today)) return '公民身份号码中的出生日期晚于当前日期';

  if (residentIdCheckChar(id.slice(0, 17)) !== id.charAt(17).toUpperCase()) return '公民身份号码校验码不正确';
  return null;
}

/** True when `id` is a valid 18-character resident identity number (see residentIdProblem). */
export function isValidResidentId(id: string, today: Date | string = new Date()): boolean {
  return residentIdProblem(id, today) === null;
}
