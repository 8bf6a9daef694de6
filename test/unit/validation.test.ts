import { describe, expect, it } from '@jest/globals';
import {
  maskAddress,
  maskPhone,
  maskResidentId,
  redactForLog,
  redactText,
} from '../../shared/observability/redact';
import { isValidLandline, isValidMobile, isValidPhone } from '../../shared/validation/phone';
import {
  isValidResidentId,
  residentIdCheckChar,
  residentIdProblem,
} from '../../shared/validation/resident-id';
import { isValidUscc, usccCheckChar, usccProblem } from '../../shared/validation/uscc';

// Independent implementations of the two checksums, straight from the standards.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function withIdCheck(first17: string): string {
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * (ID_WEIGHTS[i] as number), 0);
  return first17 + '10X98765432'.charAt(sum % 11);
}
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function withUsccCheck(first17: string): string {
  const sum = [...first17].reduce((s, c, i) => s + ALPHABET.indexOf(c) * (USCC_WEIGHTS[i] as number), 0);
  const check = 31 - (sum % 31);
  return first17 + ALPHABET.charAt(check === 31 ? 0 : check);
}
/** Replace the last character with a different valid-looking one. */
function wrongLast(code: string, alphabet: string): string {
  const last = code.charAt(code.length - 1);
  const other = alphabet.split('').find((c) => c !== last) as string;
  return code.slice(0, -1) + other;
}

const TODAY = new Date('2025-06-15T04:00:00Z');

describe('resident identity number (GB 11643-1999)', () => {
  it('accepts the published sample from GB 11643', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(residentIdProblem('11010519491231002X')).toBeNull();
  });

  it('accepts numbers generated with the checksum, for Qinghai and other provinces', () => {
    for (const first17 of [
      '63010219900101123',
      '63210219851130004',
      '44030420000229123',
      '65010119000101001',
    ]) {
      const id = withIdCheck(first17);
      expect(residentIdCheckChar(first17)).toBe(id.charAt(17));
      expect(residentIdProblem(id, TODAY)).toBeNull();
    }
  });

  it('accepts a lowercase x check character', () => {
    expect(isValidResidentId('11010519491231002x')).toBe(true);
  });

  it('rejects a wrong check character', () => {
    const id = withIdCheck('63010219900101123');
    const bad = wrongLast(id, '0123456789X');
    expect(isValidResidentId(bad, TODAY)).toBe(false);
    expect(residentIdProblem(bad, TODAY)).toContain('校验码不正确');
    expect(residentIdProblem('110105194912310021')).toContain('校验码不正确');
  });

  it('rejects a wrong length or a wrong shape', () => {
    expect(residentIdProblem('1101051949123100')).toContain('18位');
    expect(residentIdProblem('11010519491231002X1')).toContain('18位');
    expect(residentIdProblem('')).not.toBeNull();
    expect(residentIdProblem('11010519491231002Y')).toContain('格式');
    expect(residentIdProblem('1101051949123100X2')).toContain('格式');
    expect(isValidResidentId('110105 9491231002X')).toBe(false);
  });

  it('rejects a birth date that is not real, in the future, or before 1900', () => {
    const feb30 = withIdCheck('63010219900230123');
    const month13 = withIdCheck('63010219901301123');
    const notLeap = withIdCheck('63010219000229123'); // 1900 is not a leap year
    const future = withIdCheck('63010220250616123');
    const today = withIdCheck('63010220250615123');
    const old = withIdCheck('63010218991231123');
    for (const id of [feb30, month13, notLeap]) expect(residentIdProblem(id, TODAY)).toContain('出生日期');
    expect(residentIdProblem(future, TODAY)).toContain('晚于');
    expect(residentIdProblem(today, TODAY)).toBeNull();
    expect(residentIdProblem(future, '2025-06-16')).toBeNull();
    expect(residentIdProblem(old, TODAY)).toContain('1900');
  });

  it('reads "today" in China Standard Time', () => {
    const bornJune16 = withIdCheck('63010220250616123');
    // 2025-06-15T16:30Z is already 2025-06-16 00:30 in Beijing.
    expect(isValidResidentId(bornJune16, new Date('2025-06-15T16:30:00Z'))).toBe(true);
    expect(isValidResidentId(bornJune16, new Date('2025-06-15T15:30:00Z'))).toBe(false);
  });

  it('rejects an unknown province code', () => {
    for (const prefix of ['00', '10', '16', '24', '38', '47', '55', '66', '72', '84', '99']) {
      const id = withIdCheck(`${prefix}010219900101123`);
      expect(residentIdProblem(id, TODAY)).toContain('行政区划');
    }
    for (const prefix of ['11', '15', '46', '54', '63', '71', '81', '82', '83', '91']) {
      expect(isValidResidentId(withIdCheck(`${prefix}010219900101123`), TODAY)).toBe(true);
    }
  });
});

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts the published sample', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(usccProblem('91350100M000100Y43')).toBeNull();
  });

  it('accepts codes generated with the checksum, including check value 0 (31 → 0)', () => {
    const generated = [
      '91630100MA752XXX1',
      '12630000013000123',
      '52630102MJY123456',
      '11630000000000000',
    ].map(withUsccCheck);
    for (const code of generated) {
      expect(usccCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
      expect(usccProblem(code)).toBeNull();
    }
    // Find a prefix whose check character is '0' and make sure it is accepted.
    let zero: string | undefined;
    for (let n = 0; n < 200 && !zero; n++) {
      const code = withUsccCheck(`9163010000000${String(n).padStart(4, '0')}`);
      if (code.endsWith('0')) zero = code;
    }
    expect(zero).toBeDefined();
    expect(isValidUscc(zero as string)).toBe(true);
  });

  it('accepts lowercase letters', () => {
    expect(isValidUscc('91350100m000100y43')).toBe(true);
  });

  it('rejects a wrong check character, a wrong length and characters outside the alphabet', () => {
    expect(usccProblem(wrongLast('91350100M000100Y43', ALPHABET))).toContain('校验码不正确');
    expect(usccProblem('91350100M000100Y4')).toContain('18位');
    expect(usccProblem('91350100M000100Y433')).toContain('18位');
    for (const ch of ['I', 'O', 'Z', 'S', 'V', '-']) {
      expect(usccProblem(`91350100M000100${ch}43`)).toContain('无效字符');
    }
    expect(usccProblem('')).not.toBeNull();
  });
});

describe('telephone numbers', () => {
  it('accepts mainland mobile numbers', () => {
    for (const n of ['13812345678', '15900000000', '19912345678', '16612345678']) {
      expect(isValidMobile(n)).toBe(true);
      expect(isValidPhone(n)).toBe(true);
    }
  });

  it('accepts landlines with their area code, with or without a dash', () => {
    for (const n of ['0971-6123456', '09716123456', '010-12345678', '01012345678', '0972-8612345']) {
      expect(isValidLandline(n)).toBe(true);
      expect(isValidPhone(n)).toBe(true);
    }
  });

  it('rejects everything else', () => {
    for (const n of [
      '',
      '12812345678', // second digit 2
      '1381234567', // 10 digits
      '138123456789', // 12 digits
      '+8613812345678',
      '138 1234 5678',
      '6123456', // landline without area code
      '0971-612345', // 6-digit subscriber number
      '0971-612345678', // 9-digit subscriber number
      '971-6123456', // area code without 0
      '0971--6123456',
      'abcdefghijk',
    ]) {
      expect(isValidPhone(n)).toBe(false);
    }
  });
});

describe('redaction for logs', () => {
  const id = withIdCheck('63010219900101123');
  const birth = '19900101';
  const mobile = '13812345678';

  it('masks a resident identity number without its birth date', () => {
    const masked = maskResidentId(id);
    expect(masked).toHaveLength(18);
    expect(masked.startsWith('630')).toBe(true);
    expect(masked.endsWith(id.slice(-2))).toBe(true);
    expect(masked).not.toContain(birth);
    expect(masked).not.toContain(id);
    expect(maskResidentId('11010519491231002X')).toBe('110*************2X');
  });

  it('masks phones and addresses', () => {
    expect(maskPhone(mobile)).toBe('138****5678');
    expect(maskPhone('0971-6123456')).not.toContain('6123456');
    expect(maskAddress('青海省西宁市城中区南大街1号')).toBe('青海省西宁市****');
    expect(maskAddress('城中区')).toBe('城****');
    expect(maskAddress('')).toBe('');
  });

  it('masks numbers inside free text', () => {
    const text = `申请人身份证${id}，手机 ${mobile}，备用 +86 138-1234-5678，座机 0971-6123456。`;
    const out = redactText(text);
    expect(out).not.toContain(id);
    expect(out).not.toContain(birth);
    expect(out).not.toContain(mobile);
    expect(out).not.toContain('1234-5678');
    expect(out).not.toContain('6123456');
    expect(out).toContain('138****5678');
    // A run of 19 digits is not a resident identity number; a date is not a phone number.
    expect(redactText('1234567890123456789 2025-06-15')).toBe('1234567890123456789 2025-06-15');
  });

  it('deep-walks objects, masking by pattern and by key, and never outputs the originals', () => {
    const address = '青海省西宁市城中区南大街1号3单元502室';
    const input = {
      applicant: {
        type: 'person',
        name: '张三',
        residentId: id,
        phone: mobile,
        address,
        Contact_Phone: '0971-6123456',
        MOBILE: 13987654321,
      },
      agent: { idNumber: '11010519491231002x', contactPhone: '15900001111' },
      history: [{ note: `核对身份证号${id}` }, { idnumber: id.toLowerCase() }],
      detail: { address: { province: '青海省', street: '城中区南大街1号3单元502室' } },
      bodyId: 'gov-xn',
      count: 3,
      ok: true,
      missing: null,
    };
    const snapshot = JSON.stringify(input);
    const out = redactForLog(input);
    const json = JSON.stringify(out);
    for (const secret of [
      id,
      birth,
      mobile,
      address,
      '南大街1号',
      '0971-6123456',
      '6123456',
      '13987654321',
      '11010519491231002',
      '19491231',
      '15900001111',
    ]) {
      expect(json).not.toContain(secret);
    }
    expect(json).toContain('青海省西宁市****');
    expect(json).toContain('gov-xn');
    expect(json).toContain('张三');
    expect(out).toMatchObject({ count: 3, ok: true, missing: null, applicant: { phone: '138****5678' } });
    expect(JSON.stringify(input)).toBe(snapshot); // input untouched
  });

  it('copes with cycles, errors, maps and arrays of numbers', () => {
    const a: Record<string, unknown> = { phone: mobile };
    a.self = a;
    const err = new TypeError(`bad id ${id}`);
    const out = redactForLog({ a, err, map: new Map([['mobile', mobile]]), list: [id, mobile] }) as {
      a: { self: unknown };
      err: Error;
      map: Map<string, string>;
      list: string[];
    };
    expect(out.a.self).toBe('[Circular]');
    expect(out.err).toBeInstanceOf(TypeError);
    expect(out.err.message).not.toContain(id);
    expect(out.err.stack ?? '').not.toContain(id);
    expect(out.map.get('mobile')).toBe('138****5678');
    expect(JSON.stringify(out.list)).not.toContain(id);
    expect(JSON.stringify(out.list)).not.toContain(mobile);
  });
});
