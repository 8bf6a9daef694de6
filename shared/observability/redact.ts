/**
 * Masking of personal information before it reaches a log line (《个人信息保护法》: a resident
 * identity number is sensitive personal information). Pure functions, no I/O.
 *
 * Conventions, the same everywhere:
 * - resident identity number: first 3 and last 2 characters kept, e.g. '630*************34' — the
 *   address code, the birth date and the sequence code are never shown;
 * - telephone: first 3 and last 4 kept, e.g. '138****5678';
 * - address: at most the first 6 characters (at most half of a short one), then '****'.
 */

const ID_KEEP_START = 3;
const ID_KEEP_END = 2;
const MASK = '*';
const MAX_DEPTH = 32;

/** '630102199001011234' → '630*************34'. Works for any length; short input is fully masked. */
export function maskResidentId(id: string): string {
  const chars = Array.from(String(id));
  if (chars.length <= ID_KEEP_START + ID_KEEP_END) return MASK.repeat(chars.length);
  return (
    chars.slice(0, ID_KEEP_START).join('') +
    MASK.repeat(chars.length - ID_KEEP_START - ID_KEEP_END) +
    chars.slice(-ID_KEEP_END).join('')
  );
}

/** '13812345678' → '138****5678'; '0971-6123456' → '097*****3456'; short input keeps at most half. */
export function maskPhone(phone: string): string {
  const chars = Array.from(String(phone));
  const n = chars.length;
  if (n >= 11) return chars.slice(0, 3).join('') + MASK.repeat(n - 7) + chars.slice(-4).join('');
  const keepEnd = Math.min(4, Math.floor(n / 2));
  return MASK.repeat(n - keepEnd) + (keepEnd > 0 ? chars.slice(-keepEnd).join('') : '');
}

/** '青海省西宁市城中区南大街1号' → '青海省西宁市****'. A short address keeps at most half its characters. */
export function maskAddress(address: string): string {
  const chars = Array.from(String(address));
  if (chars.length === 0) return '';
  const keep = Math.min(6, Math.floor(chars.length / 2));
  return `${chars.slice(0, keep).join('')}****`;
}

/** 18 characters shaped like a resident identity number, not part of a longer run of digits. */
const RESIDENT_ID_IN_TEXT = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
/** Mainland mobile number, optionally with +86 and with spaces or dashes as '138 1234 5678'. */
const MOBILE_IN_TEXT = /(?<![0-9A-Za-z])(\+?86[-\s]?)?(1[3-9]\d)[-\s]?(\d{4})[-\s]?(\d{4})(?![0-9A-Za-z])/g;
/** Landline written with its area code and a dash, e.g. '0971-6123456'. */
const LANDLINE_IN_TEXT = /(?<![0-9A-Za-z])(0\d{2,3})-(\d{3,4})(\d{4})(?![0-9A-Za-z])/g;

/** Masks every resident identity number, mobile number and dashed landline number inside free text. */
export function redactText(text: string): string {
  return text
    .replace(RESIDENT_ID_IN_TEXT, (m) => maskResidentId(m))
    .replace(MOBILE_IN_TEXT, (_m, prefix: string | undefined, head: string, _mid: string, tail: string) => {
      return `${prefix ?? ''}${head}****${tail}`;
    })
    .replace(LANDLINE_IN_TEXT, (_m, area: string, mid: string, tail: string) => {
      return `${area}-${MASK.repeat(mid.length)}${tail}`;
    });
}

type SensitiveKind = 'residentId' | 'phone' | 'address';

const maskers: Record<SensitiveKind, (s: string) => string> = {
  residentId: maskResidentId,
  phone: maskPhone,
  address: maskAddress,
};

/**
 * The kind of personal information a property holds, judged by its name (case-insensitive,
 * ignoring '_' and '-'): address, idNumber, residentId, phone, mobile, contactPhone and names that
 * end with them (applicantAddress, agentPhone, ID_NUMBER …). IP addresses are not masked.
 */
export function sensitiveKindOfKey(key: string): SensitiveKind | undefined {
  const k = key.toLowerCase().replace(/[_\-\s]/g, '');
  if (/(?:idnumber|residentid|idcard|idcardno|idcardnumber|identitynumber)s?$/.test(k)) return 'residentId';
  if (/(?:phone|mobile)s?$/.test(k) || k === 'tel') return 'phone';
  if (/address(?:es)?$/.test(k) && !k.endsWith('ipaddress')) return 'address';
  return undefined;
}

function isBinary(value: object): value is ArrayBufferView | ArrayBuffer {
  return ArrayBuffer.isView(value) || value instanceof ArrayBuffer;
}

function walk(value: unknown, kind: SensitiveKind | undefined, path: Set<object>, depth: number): unknown {
  if (typeof value === 'string') return kind ? maskers[kind](value) : redactText(value);
  if (typeof value === 'number' || typeof value === 'bigint') {
    return kind ? maskers[kind](String(value)) : value;
  }
  if (value === null || typeof value !== 'object') return value;
  if (path.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Truncated]';
  if (value instanceof Date) return value;
  if (isBinary(value)) return `[Binary ${value.byteLength} bytes]`;

  path.add(value);
  try {
    const child = (v: unknown, key?: string) =>
      walk(v, (key !== undefined ? sensitiveKindOfKey(key) : undefined) ?? kind, path, depth + 1);
    const redactKey = (key: string) => (kind ? key : redactText(key));

    if (Array.isArray(value)) return value.map((v) => child(v));
    if (value instanceof Map) {
      const out = new Map<unknown, unknown>();
      for (const [k, v] of value) {
        if (typeof k === 'string') out.set(redactKey(k), child(v, k));
        else out.set(child(k), child(v));
      }
      return out;
    }
    if (value instanceof Set) return new Set(Array.from(value, (v) => child(v)));
    if (value instanceof Error) {
      const copy = Object.create(Object.getPrototypeOf(value)) as Record<string, unknown>;
      const hidden = (name: string, v: unknown) =>
        Object.defineProperty(copy, name, {
          value: v,
          writable: true,
          configurable: true,
          enumerable: false,
        });
      hidden('name', value.name);
      hidden('message', redactText(value.message));
      if (value.stack !== undefined) hidden('stack', redactText(value.stack));
      if ('cause' in value) hidden('cause', child(value.cause));
      for (const [k, v] of Object.entries(value)) copy[redactKey(k)] = child(v, k);
      return copy;
    }
    const proto = Object.getPrototypeOf(value);
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (proto !== Object.prototype && proto !== null && typeof toJSON === 'function') {
      return walk(toJSON.call(value), kind, path, depth + 1);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[redactKey(k)] = child(v, k);
    return out;
  } finally {
    path.delete(value);
  }
}

/**
 * A copy of `value` safe to log: every string that looks like a resident identity number or a
 * mobile number is masked wherever it appears, and every value under a key such as address,
 * idNumber, residentId, phone, mobile or contactPhone is masked whatever it looks like (an object
 * under such a key has all its strings masked). The input is not modified; cycles become
 * '[Circular]'; errors keep their prototype with message and stack redacted.
 */
export function redactForLog(value: unknown): unknown {
  return walk(value, undefined, new Set(), 0);
}
