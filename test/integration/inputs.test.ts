import { describe, expect, it } from '@jest/globals';
import { usccCheckChar } from '../../shared/validation/uscc';
import { englishWords } from '../support/english';
import { companyApplicant } from '../support/fixtures';
import { beforeSpringFestival2026, fineApplication, useTestSystem } from '../support/local-system';
import { tableItems } from '../support/table';

const s = useTestSystem(beforeSpringFestival2026, { applicant: 'zhangsan' });

const nothingWritten = async () => {
  expect((await s.applicant.get('/v1/cases?view=mine')).body.items).toEqual([]);
  expect(await s.t.system.store.listOpenCaseIds()).toEqual([]);
  // Not even a case number reserved and given back: the table holds no item at all.
  expect(await tableItems(s.t.system)).toEqual([]);
};

describe('bad input: a clear problem+json naming the field, and nothing written', () => {
  it.each([
    [
      'a resident ID with a wrong check digit',
      fineApplication({ applicant: { ...fineApplication().applicant, residentId: '630102198503124320' } }),
      'applicant.residentId',
    ],
    ['an unknown act kind', fineApplication({ act: { kind: 'tax' } }), 'act.kind'],
    ['a malformed date', fineApplication({ act: { learnedOn: '2026-02-30' } }), 'act.learnedOn'],
    ['a missing request', { ...fineApplication(), requests: '' }, 'requests'],
    [
      'a bad phone number',
      fineApplication({ applicant: { ...fineApplication().applicant, phone: '12345' } }),
      'applicant.phone',
    ],
  ])('rejects %s', async (_label, body, path) => {
    const r = await s.applicant.file(body);
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.body.code).toBe('request.invalid');
    expect(r.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(r.body.errors.find((e: { path: string }) => e.path === path).messageZh).toMatch(/[\u4e00-\u9fa5]/);
    await nothingWritten();
  });

  it('rejects act dates that contradict each other, naming the field', async () => {
    const r = await s.applicant.file(
      fineApplication({ act: { madeOn: '2026-02-09', learnedOn: '2026-02-01' } }),
    );
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('filing.actDatesInvalid');
    expect(r.body.errors.map((e: { path: string }) => e.path)).toEqual(['act.learnedOn']);
    await nothingWritten();
  });

  it('rejects a body that is not JSON and a filing without Idempotency-Key', async () => {
    const notJson = await s.applicant.post('/v1/cases', '{not json', { 'idempotency-key': 'abcdefgh-1' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.errors[0].path).toBe('(body)');
    const noKey = await s.applicant.post('/v1/cases', fineApplication());
    expect(noKey.status).toBe(400);
    expect(noKey.body.errors[0].path).toBe('headers.idempotency-key');
    await nothingWritten();
  });

  it('rejects an unknown action and a missing expectedVersion without changing the case', async () => {
    const filed = (await s.applicant.file(fineApplication())).body;
    const clerk = await s.t.as('wangfang');
    const unknown = await clerk.act(filed.id, { action: 'approve', expectedVersion: 1 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toBe('action');
    const noVersion = await clerk.act(filed.id, { action: 'accept' });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.errors[0].path).toBe('expectedVersion');
    const stale = await clerk.act(filed.id, { action: 'accept', expectedVersion: 7 });
    expect(stale.status).toBe(409);
    const after = (await clerk.get(`/v1/cases/${filed.id}`)).body;
    expect(after.version).toBe(1);
    expect(after.stage).toBe('acceptanceReview');
    // Clean up so the other tests in this file still see an empty store.
    await s.applicant.act(filed.id, { action: 'withdraw', expectedVersion: 1, reasonZh: '测试结束' });
  });
});

const person = (fields: Record<string, unknown>) =>
  fineApplication({ applicant: { ...fineApplication().applicant, ...fields } });
const organisation = (fields: Record<string, unknown>) =>
  fineApplication({
    applicant: { ...companyApplicant, ...fields },
  });
type Problem = { path: string; messageZh: string };

/** What a refusal must leave as it was: every item of the table, read raw. */
const writes = () => tableItems(s.t.system);
/** Runs a refused request and checks that nothing was written. */
async function refused<T>(request: () => Promise<T>): Promise<T> {
  const before = await writes();
  const answer = await request();
  expect(await writes()).toEqual(before);
  return answer;
}

describe('junk that used to be accepted is refused, naming the field in Chinese', () => {
  it.each([
    ['only a zero-width space', '\u200B', '请填写申请人姓名'],
    ['only NUL characters', '\u0000\u0000', '控制字符'],
    ['a lone surrogate', '张\uD800三', '无法识别的字符'],
    ['a line break', '张\r\n三', '一行文字'],
    ['a tab', '张\t三', '一行文字'],
    ['only spaces and a byte-order mark', '  \uFEFF ', '请填写申请人姓名'],
  ])('a name that is %s', async (_label, name, message) => {
    const r = await refused(() => s.applicant.file(person({ name })));
    expect(r.status).toBe(400);
    const field = (r.body.errors as Problem[]).find((e) => e.path === 'applicant.name');
    expect(field?.messageZh).toContain(message);
  });

  it('keeps line breaks in the facts and reasons but no other control character', async () => {
    const r = await refused(() =>
      s.applicant.file(fineApplication({ factsAndReasons: '第一，事实不清。\n第二，\u0007程序违法。' })),
    );
    expect(r.status).toBe(400);
    expect((r.body.errors as Problem[]).map((e) => e.path)).toEqual(['factsAndReasons']);
    expect(r.body.errors[0].messageZh).toContain('换行以外的控制字符');
  });

  it('refuses the credit code 000000000000000000 (its checksum is valid) and wrong category codes', async () => {
    const zeros = await refused(() => s.applicant.file(organisation({ uscc: '000000000000000000' })));
    expect(zeros.status).toBe(400);
    const field = (zeros.body.errors as Problem[]).find((e) => e.path === 'applicant.uscc');
    expect(field?.messageZh).toContain('登记管理部门代码');
    // 9 (工商) issues categories 1–3 only; the checksum of this one is right.
    const first17 = '99350100M000100Y4';
    const wrongCategory = await refused(() =>
      s.applicant.file(organisation({ uscc: first17 + usccCheckChar(first17) })),
    );
    expect(wrongCategory.status).toBe(400);
    expect((wrongCategory.body.errors as Problem[])[0]?.messageZh).toContain('机构类别代码');
  });

  it('refuses act dates before 1 October 1949 (year 0000 too) with the bound named', async () => {
    const r = await refused(() =>
      s.applicant.file(fineApplication({ act: { madeOn: '0000-01-01', learnedOn: '1949-09-30' } })),
    );
    expect(r.status).toBe(400);
    const messages = Object.fromEntries((r.body.errors as Problem[]).map((e) => [e.path, e.messageZh]));
    expect(messages['act.madeOn']).toContain('1949年10月1日');
    expect(messages['act.learnedOn']).toContain('1949年10月1日');
  });

  it('refuses act dates after today by the runtime clock, saying which day today is', async () => {
    const r = await refused(() =>
      s.applicant.file(fineApplication({ act: { madeOn: '2026-02-11', learnedOn: '2026-02-11' } })),
    );
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('filing.actDatesInvalid');
    expect(r.body.errors[0].messageZh).toContain('今天（2026年2月10日）');
  });

  it('names a field it does not accept by its own path', async () => {
    const r = await refused(() =>
      s.applicant.file({ ...fineApplication(), applicantAge: 30, act: { ...fineApplication().act, x: 1 } }),
    );
    expect(r.status).toBe(400);
    expect((r.body.errors as Problem[]).map((e) => e.path).sort()).toEqual(['act.x', 'applicantAge']);
    expect(r.body.errors[0].messageZh).toBe('不接受此字段，请删除');
  });

  it('trims names and stores them without the invisible characters around them', async () => {
    const filed = await s.applicant.file(person({ name: ' \u200B张三\u3000\uFEFF' }));
    expect(filed.status).toBe(201);
    const mine = (await s.applicant.get('/v1/cases?view=mine')).body.items as {
      id: string;
      applicantNameZh: string;
    }[];
    expect(mine.find((c) => c.id === filed.body.id)?.applicantNameZh).toBe('张三');
  });

  it('answers a wrong-type body in Chinese only', async () => {
    const r = await refused(() =>
      s.applicant.file({
        applicant: 5,
        respondentAgencyId: [],
        act: { title: 1, documentNumber: 2, madeOn: true, kind: null },
        requests: {},
        factsAndReasons: false,
      }),
    );
    expect(r.status).toBe(400);
    // Only the API's own words may appear (the applicant types it names), never zod's English.
    for (const text of [r.body.detail, ...(r.body.errors as Problem[]).map((e) => e.messageZh)])
      expect(englishWords(text, ['person', 'organisation'])).toEqual([]);
  });

  it('lists at most 50 problems, with the count of the rest, and refuses a 20,000-day list in one line', async () => {
    const admin = await s.t.as('admin');
    const badDays = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ date: `2027-02-3${i % 2}`, name: '节' }));
    const many = await admin.call('PUT', '/v1/calendar/2027', {
      source: '测试',
      daysOff: badDays(366),
      makeupWorkdays: [],
    });
    expect(many.status).toBe(400);
    expect(many.body.errors).toHaveLength(50);
    expect(many.body.errors[0]).toEqual({
      path: 'daysOff.0.date',
      messageZh: '日期应为真实的日期，格式为“年-月-日”，例如 2026-03-01',
    });
    expect(many.body.omittedErrors).toBe(316);
    expect(many.body.detail).toContain('另有316处未列出');

    const huge = await admin.call('PUT', '/v1/calendar/2027', {
      source: '测试',
      daysOff: badDays(20_000),
      makeupWorkdays: [],
    });
    expect(huge.status).toBe(400);
    expect(huge.body.errors).toEqual([{ path: 'daysOff', messageZh: '放假日期不得超过366天' }]);
    expect(JSON.stringify(huge.body).length).toBeLessThan(2_000);
    expect((await admin.get('/v1/calendar/2027')).body.loaded).toBe(false);
  });
});

describe('filing is idempotent', () => {
  it('returns the same case for a repeated key, and refuses the key for a different application', async () => {
    const key = 'same-key-0001';
    const first = await s.applicant.file(fineApplication(), key);
    const again = await s.applicant.file(fineApplication(), key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.caseNumber).toBe(first.body.caseNumber);
    const different = await s.applicant.file(fineApplication({ requests: '确认违法' }), key);
    expect(different.status).toBe(422);
    expect(different.body.code).toBe('idempotency.keyReused');
  });

  it('warns a late applicant but still files, flagged for the clerk (Art. 20(2))', async () => {
    const late = fineApplication({
      act: { madeOn: '2025-10-09', learnedOn: '2025-10-10' },
      delayReason: '住院治疗',
    });
    const preview = await s.applicant.post('/v1/cases/timeliness', late);
    expect(preview.status).toBe(200);
    expect(preview.body.timeliness.timely).toBe(false);
    expect(preview.body.timeliness.messageZh).toContain('第二十条第二款');
    const filed = await s.applicant.file(late);
    expect(filed.status).toBe(201);
    expect(filed.body.timeliness.timely).toBe(false);
    const queue = (await (await s.t.as('wangfang')).get('/v1/cases?view=queue')).body.items;
    expect(queue.find((c: { id: string }) => c.id === filed.body.id).late).toBe(true);
  });
});
