/**
 * How personal data looks when a person may see only part of it (the formats Chinese government
 * portals use). Pure functions. The event log keeps the full values; masking is presentation.
 *
 * - resident identity number: the 6-digit address code and the last 4 characters kept, the birth
 *   date and the rest of the sequence code hidden: '630102********4323';
 * - mobile number: first 3 and last 4 digits kept: '138****1234'; a landline keeps its area code
 *   and the last 4 digits: '0971-***3456';
 * - address: kept down to the county level (province, prefecture, county or district), the
 *   street, house and room hidden: '青海省西宁市城中区****';
 * - a natural person's name (only where a name is not shown at all, e.g. to the public): the
 *   surname and '某', as published decisions do: '张某'.
 */

const STAR = '*';

/** '630102198503124323' → '630102********4323'. Anything that is not 15–18 characters is hidden whole. */
export function maskResidentIdForDisplay(id: string): string {
  const chars = Array.from(id);
  if (chars.length < 15 || chars.length > 18) return STAR.repeat(chars.length);
  return `${chars.slice(0, 6).join('')}${STAR.repeat(chars.length - 10)}${chars.slice(-4).join('')}`;
}

/** '13897001234' → '138****1234'; '0971-6123456' → '0971-***3456'; '09716123456' → '097****3456'. */
export function maskPhoneForDisplay(phone: string): string {
  const dash = phone.indexOf('-');
  if (dash > 0) {
    const subscriber = phone.slice(dash + 1);
    const keep = subscriber.length >= 7 ? 4 : Math.floor(subscriber.length / 2);
    return `${phone.slice(0, dash + 1)}${STAR.repeat(subscriber.length - keep)}${subscriber.slice(subscriber.length - keep)}`;
  }
  if (phone.length >= 11) return `${phone.slice(0, 3)}${STAR.repeat(phone.length - 7)}${phone.slice(-4)}`;
  const keep = Math.min(4, Math.floor(phone.length / 2));
  return STAR.repeat(phone.length - keep) + phone.slice(phone.length - keep);
}

/*
 * The administrative levels an address starts with. A part's own characters exclude the level
 * suffixes (but 州, which many city names contain: 杭州市, 万州区) and the characters of streets,
 * villages and buildings, so a street or housing estate is never taken for a district ('长江路小区'
 * is not a county-level name). When in doubt less is kept: a county such as 镇江市 is dropped.
 */
const PART = '[^\\d\\s０-９省市区县旗盟路街道巷弄号村镇乡楼栋幢室组院苑]';
const PROVINCE = `(?:(?:北京|天津|上海|重庆)市|${PART}{2,7}?(?:省|自治区|特别行政区))`;
const PREFECTURE = `${PART}{1,11}?(?:自治州|地区|盟|市)`;
const COUNTY = `${PART}{1,12}?(?:自治县|自治旗|林区|特区|区|县|旗|市)`;
const ADMINISTRATIVE_PREFIX = new RegExp(`^(?:${PROVINCE})?(?:${PREFECTURE})?(?:${COUNTY})?`);

/** '青海省西宁市城中区南大街1号' → '青海省西宁市城中区****'; an address with no recognisable region → '****'. */
export function maskAddressForDisplay(address: string): string {
  const kept = ADMINISTRATIVE_PREFIX.exec(address.trim())?.[0] ?? '';
  return `${kept}****`;
}

/** '张三' → '张某'. */
export function maskNameForDisplay(name: string): string {
  const first = Array.from(name.trim())[0];
  return first ? `${first}某` : '某';
}
