import { describe, expect, it } from '@jest/globals';
import {
  maskAddress,
  maskPhone,
  maskResidentId,
  redactForLog,
  redactText,
} from '../../shared/observability/redact';
import { actDateField, dateField, dateProblemZh } from '../../shared/validation/dates';
import { isValidLandline, isValidMobile, isValidPhone } from '../../shared/validation/phone';
import {
  isValidResidentId,
  residentIdCheckChar,
  residentIdProblem,
} from '../../shared/validation/resident-id';
import {
  charCount,
  optionalText,
  requiredText,
  textProblemZh,
  trimInvisible,
} from '../../shared/validation/text';
import { isValidUscc, USCC_AUTHORITIES, usccCheckChar, usccProblem } from '../../shared/validation/uscc';

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

describe('unified social credit code: registration authority and institution category (GB 32100-2015 Table 1)', () => {
  it('refuses 000000000000000000, whose checksum is valid, with the reason', () => {
    expect(usccCheckChar('00000000000000000')).toBe('0');
    const problem = usccProblem('000000000000000000');
    expect(problem).toContain('第1位（登记管理部门代码）“0”无效');
    expect(problem).toContain('1、2、3、4、5、6、7、8、9、A、G、N、Y');
  });

  it('accepts every authority with each of its categories, and refuses every other category', () => {
    const authorities = Object.keys(USCC_AUTHORITIES);
    expect(authorities).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'G', 'N', 'Y']);
    for (const [authority, { nameZh, categories }] of Object.entries(USCC_AUTHORITIES)) {
      for (const category of ALPHABET) {
        const code = withUsccCheck(`${authority}${category}630100MA752XXX1`);
        if (categories.includes(category))
          expect({ code, problem: usccProblem(code) }).toEqual({ code, problem: null });
        else expect(usccProblem(code)).toContain(`登记管理部门“${nameZh}”的机构类别代码只有`);
      }
    }
    // The three the issue names: 机构编制 1, 民政 5, 工商 9 (which has no category 9), and 其他 Y.
    expect(USCC_AUTHORITIES['1']?.categories).toBe('1239');
    expect(USCC_AUTHORITIES['9']?.categories).toBe('123');
    expect(USCC_AUTHORITIES.Y?.categories).toBe('1');
  });

  it('refuses an authority the standard does not list, before looking at the checksum', () => {
    for (const authority of ['0', 'B', 'C', 'X']) {
      expect(usccProblem(withUsccCheck(`${authority}1630100MA752XXX1`))).toContain('登记管理部门代码');
    }
  });

  it('refuses a division code that is not six digits', () => {
    expect(usccProblem(withUsccCheck('9163A100MA752XXX1'))).toContain('行政区划码');
  });
});

describe('text fields', () => {
  const name = { max: 10 };
  const description = { max: 10, multiline: true };

  it('refuses control characters: all in one line, all but line breaks in several', () => {
    for (const bad of ['张\u0000三', '张\r三', '张\n三', '张\t三', '张\u007F三', '张\u0085三', '张\u2028三'])
      expect(textProblemZh(bad, '姓名', name)).toBe('姓名应为一行文字，不能含有换行、制表符等控制字符');
    expect(textProblemZh('第一\r\n第二\n第三', '说明', description)).toBeUndefined();
    for (const bad of ['第一\u0000', '第一\t第二', '\u001B[31m红'])
      expect(textProblemZh(bad, '说明', description)).toBe(
        '说明不能含有换行以外的控制字符（如制表符、空字符）',
      );
  });

  it('refuses a lone surrogate, and takes a character outside the BMP as one character', () => {
    expect(textProblemZh('张\uD800', '姓名', name)).toContain('无法识别的字符');
    expect(textProblemZh('\uDC00张', '姓名', name)).toContain('无法识别的字符');
    expect(textProblemZh('𠀀𠀁', '姓名', name)).toBeUndefined();
    expect(charCount('𠀀'.repeat(10))).toBe(10);
    expect(textProblemZh('𠀀'.repeat(10), '姓名', name)).toBeUndefined();
    expect(textProblemZh('𠀀'.repeat(11), '姓名', name)).toBe('姓名不得超过10字');
  });

  it('refuses a value that is only whitespace and zero-width characters', () => {
    for (const blank of ['', ' ', '\u3000', '\u200B', '\u200C\u200D', '\u2060', '\uFEFF', ' \u200B\u3000 '])
      expect(textProblemZh(blank, '姓名', name)).toBe('请填写姓名');
  });

  it('trims whitespace and zero-width characters at both ends only', () => {
    expect(trimInvisible('\u200B 张\u200B三 \uFEFF\u3000')).toBe('张\u200B三');
    expect(requiredText('姓名', name).parse('  张三\u200D ')).toBe('张三');
    const refused = requiredText('姓名', name).safeParse('\u200B');
    expect(refused.error?.issues.map((i) => i.message)).toEqual(['请填写姓名']);
  });

  it('names the field when the value is missing or not text', () => {
    expect(requiredText('姓名', name).safeParse(undefined).error?.issues[0]?.message).toBe('请填写姓名');
    expect(requiredText('姓名', name).safeParse(5).error?.issues[0]?.message).toBe('姓名应为文字');
  });

  it('an optional field left blank counts as not given; junk in it is still refused', () => {
    const note = optionalText('说明', description);
    expect(note.parse(undefined)).toBeUndefined();
    expect(note.parse(' \u200B ')).toBeUndefined();
    expect(note.parse(' 见附件 ')).toBe('见附件');
    expect(note.safeParse('见\u0000附件').success).toBe(false);
    expect(note.safeParse(3).error?.issues[0]?.message).toBe('说明应为文字');
  });
});

describe('dates', () => {
  it('takes real dates only', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-2-1', '20260201', '2026-02-01T00:00:00Z', ''])
      expect(dateProblemZh(bad, '作出日期', { min: '2000-01-01' })).toContain('应为真实的日期');
  });

  it('bounds an act below by 1 October 1949, naming the bound and why', () => {
    const madeOn = actDateField('作出日期');
    expect(madeOn.safeParse('1949-10-01').success).toBe(true);
    expect(madeOn.safeParse('0000-01-01').error?.issues[0]?.message).toBe(
      '作出日期不能早于1949年10月1日（中华人民共和国成立之日）',
    );
    expect(madeOn.safeParse('1949-09-30').success).toBe(false);
  });

  it('bounds other dates by the end of 2100 unless told otherwise', () => {
    expect(dateField('日期', { min: '2000-01-01' }).safeParse('2101-01-01').error?.issues[0]?.message).toBe(
      '日期不能晚于2100年12月31日',
    );
    expect(
      dateField('日期', { min: '2000-01-01', max: '2027-12-31' }).safeParse('2028-01-01').error?.issues[0]
        ?.message,
    ).toBe('日期不能晚于2027年12月31日');
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
