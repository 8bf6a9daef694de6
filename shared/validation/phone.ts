/**
 * Mainland China telephone numbers as an applicant writes them on a form. Pure functions, no I/O.
 * Callers trim the input; spaces, '+86' and extensions are not accepted.
 */

/** Mobile: 11 digits, 1 then 3–9. */
const MOBILE = /^1[3-9]\d{9}$/;
/** Landline with area code: 0 + 2–3 digits (e.g. 010, 0971), optional '-', 7–8 digit subscriber number. */
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

export function isValidMobile(s: string): boolean {
  return typeof s === 'string' && MOBILE.test(s);
}

export function isValidLandline(s: string): boolean {
  return typeof s === 'string' && LANDLINE.test(s);
}

/** A mainland mobile number or a landline number with its area code. */
export function isValidPhone(s: string): boolean {
  return isValidMobile(s) || isValidLandline(s);
}
