import { describe, expect, it, test } from '@jest/globals';
import {
  type AcceptanceFields,
  buildDocument,
  type CorrectionFields,
  chineseCount,
  chineseDate,
  chineseYear,
  type DecisionFields,
  DocumentError,
  type DocumentInput,
  type DocumentTemplate,
  defineTemplate,
  documentNumber,
  periodZh,
  type ReconsiderationDocumentKind,
  reconsiderationTemplates,
} from '../../shared/documents';
import type { FieldSpecs } from '../../shared/documents/template';
import { reconsiderationTimeLimits } from '../../shared/procedures/reconsideration/rules';
import { documentInputs, expectedInOrder, parties, positionsInOrder, thirdParty } from '../support/documents';

const kinds = Object.keys(reconsiderationTemplates) as ReconsiderationDocumentKind[];

/** Builds a document of `kind` from the shared fixture, with some of its fields replaced. */
function build<K extends ReconsiderationDocumentKind>(kind: K, fields: Record<string, unknown> = {}) {
  const input = documentInputs[kind] as DocumentInput<Record<string, unknown>>;
  return buildDocument(reconsiderationTemplates[kind] as never, {
    ...input,
    fields: { ...input.fields, ...fields },
  });
}

/** The document's text in reading order, as a renderer lays it out. */
const textOf = (d: ReturnType<typeof buildDocument>) =>
  [
    d.issuerZh,
    d.titleZh,
    d.number,
    d.addresseeZh ? `${d.addresseeZh}：` : '',
    ...d.partyLines,
    ...d.body,
    ...d.attachments.map((a) => `附件：${a}`),
    ...d.remedy,
    ...d.signatureLines,
    d.issuerZh,
    d.dateZh,
  ].join('\n');

function thrown(f: () => unknown): DocumentError {
  try {
    f();
  } catch (e) {
    if (e instanceof DocumentError) return e;
    throw e;
  }
  throw new Error('expected a DocumentError');
}

describe('Chinese numerals', () => {
  test.each([
    [1, '一'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [24, '二十四'],
    [30, '三十'],
    [60, '六十'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [2026, '二千零二十六'],
  ])('%i → %s', (n, zh) => {
    expect(chineseCount(n)).toBe(zh);
  });

  it('writes a year digit by digit and a date as a legal document signs it', () => {
    expect(chineseYear(2026)).toBe('二〇二六');
    expect(chineseDate('2026-11-24')).toBe('二〇二六年十一月二十四日');
    expect(chineseDate('2030-01-01')).toBe('二〇三〇年一月一日');
    expect(chineseDate('2026-10-10')).toBe('二〇二六年十月十日');
    expect(chineseDate('2026-12-31')).toBe('二〇二六年十二月三十一日');
  });

  it('builds and checks document numbers', () => {
    expect(documentNumber('宁政复决字', 2026, 12)).toBe('宁政复决字〔2026〕12号');
    expect(() => documentNumber('宁政复决字', 2026, 0)).toThrow(RangeError);
  });
});

describe('the templates of administrative reconsideration', () => {
  it('has one template per document the brief lists, its kind equal to its key', () => {
    expect(kinds.sort()).toEqual(
      [
        'acceptance',
        'refusal',
        'correction',
        'replyNotice',
        'thirdPartyNotice',
        'hearingNotice',
        'suspension',
        'resumption',
        'termination',
        'extension',
        'mediation',
        'decision',
      ].sort(),
    );
    for (const k of kinds) expect(reconsiderationTemplates[k].kind).toBe(k);
  });

  test.each(kinds)('%s says what it must, in order', (kind) => {
    const text = textOf(build(kind));
    const positions = positionsInOrder(text, expectedInOrder[kind]);
    expect(positions.filter((p) => p.at < 0)).toEqual([]);
  });

  test.each(kinds)(
    '%s cites the 2023 Administrative Reconsideration Law by its full name, articles in Chinese',
    (kind) => {
      const d = build(kind);
      expect(d.legalBasis.length).toBeGreaterThan(0);
      for (const a of d.legalBasis)
        expect(a).toMatch(/^《中华人民共和国行政(复议|诉讼)法》第[一二三四五六七八九十百]+条/);
      // Every article the text cites in full is in the basis, under its article number.
      const cited = [...textOf(d).matchAll(/《中华人民共和国行政复议法》第([一二三四五六七八九十]+)条/g)].map(
        (m) => m[1],
      );
      for (const n of cited) expect(d.legalBasis.some((a) => a.includes(`第${n}条`))).toBe(true);
    },
  );

  it('writes every period from the rules table: the remedy of a decision names the row of Admin. Litigation Law Art. 45', () => {
    const rule = reconsiderationTimeLimits.litigationAfterDecision;
    expect(periodZh(rule)).toBe(`${chineseCount(rule.amount)}日`);
    expect(build('decision').remedy[0]).toContain(
      `自收到本决定书之日起${periodZh(rule)}内，依法向人民法院提起行政诉讼`,
    );
    expect(build('decision').legalBasis).toContain('《中华人民共和国行政诉讼法》第四十五条');
    expect(periodZh(reconsiderationTimeLimits.correctionResponse)).toBe('十个工作日');
    // A change of the row changes the wording: the template holds no number of its own.
    const changed = defineTemplate<{ x: string }>({
      kind: 't',
      titleZh: '测试',
      addressee: 'applicant',
      rules: { litigationAfterDecision: { ...rule, amount: 30 } },
      fields: { x: { kind: 'text', labelZh: 'x' } },
      basis: [],
      body: ['{x}{period:litigationAfterDecision}'],
    });
    expect(buildDocument(changed, { ...documentInputs.decision, fields: { x: '期限' } }).body).toEqual([
      '期限三十日',
    ]);
  });

  it('puts the date under the signature in Chinese numerals and keeps the seal placeholder and the issuer', () => {
    const d = build('decision');
    expect(d.dateZh).toBe('二〇二六年十一月二十四日');
    expect(d.seal).toEqual({ placeholder: true, ownerZh: '西宁市人民政府' });
    expect(d.draft).toBe(false);
    expect(
      buildDocument(reconsiderationTemplates.decision, { ...documentInputs.decision, draft: true }).draft,
    ).toBe(true);
  });

  it('addresses notices by the rule of their template: the respondent as 你单位, a person as 你', () => {
    expect(build('replyNotice').addresseeZh).toBe('西宁市市场监督管理局');
    expect(build('replyNotice').body[0]).toContain('张三不服你单位');
    expect(build('acceptance').body[0]).toMatch(/^你不服/);
    expect(build('thirdPartyNotice').addresseeZh).toBe(thirdParty.name);
    expect(build('decision').addresseeZh).toBeUndefined();
    expect(build('decision').partyLines[0]).toMatch(/^申请人：张三，/);
  });

  it('lists third parties and gives each party a signature line on a mediation statement', () => {
    const d = buildDocument(reconsiderationTemplates.mediation, {
      ...documentInputs.mediation,
      parties: { ...parties, thirdParties: [thirdParty] },
    });
    expect(d.partyLines.filter((l) => l.startsWith('第三人：'))).toHaveLength(1);
    expect(d.signatureLines.map((l) => l.replace(/\u3000+$/, ''))).toEqual([
      '申请人（签字或者签章）：',
      '被申请人（签章）：',
      '第三人（签字或者签章）：',
    ]);
  });

  it('switches the track wording of a reply notice: the simplified procedure cites Art. 54 and its shorter period', () => {
    const simplified = build('replyNotice', { track: 'simplified' }).body.join('');
    expect(simplified).toContain('第五十四条');
    expect(simplified).toContain(`${periodZh(reconsiderationTimeLimits.respondentReplySimplified)}内`);
    expect(simplified).not.toContain('第四十八条');
  });

  it('warns of termination only after a suspension on grounds 1, 2 or 4 of Art. 39 (Art. 41(5))', () => {
    expect(build('suspension').body.join('')).not.toContain('终止行政复议');
    const died = build('suspension', { ground: 'applicantDied' }).body.join('');
    expect(died).toContain('第三十九条第一款第一项');
    expect(died).toContain(`满${periodZh(reconsiderationTimeLimits.suspensionTermination)}`);
  });

  it('gives no litigation remedy after an approved withdrawal, and one after the other grounds of termination', () => {
    expect(build('termination').remedy).toEqual([]);
    expect(
      build('termination', {
        ground: 'criminalMeasures',
        circumstances: '申请人因同一违法行为涉嫌犯罪被采取刑事强制措施。',
      }).remedy[0],
    ).toContain('提起行政诉讼');
  });
});

describe('the decision: wording by type (Arts. 63–69) and compensation (Art. 72)', () => {
  const act = '于2026年2月2日作出的《行政处罚决定书》（宁市监罚〔2026〕88号）';
  const operative = (fields: Partial<DecisionFields>) =>
    build('decision', { newActDeadline: undefined, ...fields }).body.filter(
      (p) => p.includes('本机关决定：') || p.startsWith('责令') || p.includes('赔偿'),
    );

  test.each([
    [
      'vary',
      { variedContent: '罚款2000元。' },
      `第六十三条的规定，本机关决定：变更被申请人${act}，变更为：罚款2000元。`,
    ],
    ['revoke', {}, `第六十四条的规定，本机关决定：撤销被申请人${act}。`],
    ['confirmUnlawful', {}, `第六十五条的规定，本机关决定：确认被申请人${act}违法。`],
    [
      'orderPerformance',
      { duty: '对申请人的举报作出处理并告知申请人', performanceDeadline: '自收到本决定书之日起三十日内' },
      '第六十六条的规定，本机关决定：责令被申请人自收到本决定书之日起三十日内履行对申请人的举报作出处理并告知申请人。',
    ],
    ['confirmVoid', {}, `第六十七条的规定，本机关决定：确认被申请人${act}无效。`],
    ['uphold', {}, `第六十八条的规定，本机关决定：维持被申请人${act}。`],
    ['reject', {}, '第六十九条的规定，本机关决定：驳回申请人的行政复议请求。'],
  ] as const)('%s', (decisionType, extra, wording) => {
    const paragraphs = operative({ decisionType, ...extra });
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]).toContain(wording);
  });

  it('orders a new act within the given period only with a revocation', () => {
    expect(operative({ decisionType: 'revoke', newActDeadline: '自收到本决定书之日起三十日内' })[1]).toBe(
      '责令被申请人自收到本决定书之日起三十日内重新作出行政行为。',
    );
    const e = thrown(() => build('decision', { decisionType: 'uphold', newActDeadline: '三十日内' }));
    expect(e.code).toBe('document.fieldUnknown');
    expect(e.fields).toEqual(['newActDeadline']);
  });

  it('awards compensation with a revocation and rejects a claim with any type; an award with 维持 does not apply', () => {
    expect(
      operative({
        decisionType: 'revoke',
        compensation: 'award',
        compensationDetails: '于本决定书生效之日起三十日内退还罚款5000元。',
      }).at(-1),
    ).toBe(
      '根据《中华人民共和国行政复议法》第七十二条第一款的规定，责令被申请人依法给予申请人赔偿：于本决定书生效之日起三十日内退还罚款5000元。',
    );
    expect(operative({ decisionType: 'uphold', compensation: 'reject' }).at(-1)).toContain(
      '驳回申请人的行政赔偿请求',
    );
    const e = thrown(() =>
      build('decision', {
        decisionType: 'uphold',
        newActDeadline: undefined,
        compensation: 'award',
        compensationDetails: '赔偿5000元',
      }),
    );
    expect(e.code).toBe('document.fieldUnknown');
    expect([...e.fields].sort()).toEqual(['compensation', 'compensationDetails']);
  });

  it('states Art. 70 when the respondent did not reply', () => {
    const body = build('decision', { respondentReply: undefined }).body.join('\n');
    expect(body).toContain('被申请人未在法定期限内提出书面答复');
    expect(body).not.toContain('被申请人称');
    expect(build('decision', { respondentReply: undefined }).legalBasis).toContain(
      '《中华人民共和国行政复议法》第七十条',
    );
  });
});

describe('placeholders are checked', () => {
  it('throws on a missing required field, naming it in Chinese', () => {
    const e = thrown(() => build('decision', { facts: undefined }));
    expect(e.code).toBe('document.fieldMissing');
    expect(e.fields).toEqual(['facts']);
    expect(e.messageZh).toContain('经审理查明的事实（facts）');
    expect(e.message).toBe(e.messageZh);
  });

  it('throws on a field the template does not have', () => {
    const e = thrown(() => build('acceptance', { hearingDate: '2026-04-15' }));
    expect(e.code).toBe('document.fieldUnknown');
    expect(e.fields).toEqual(['hearingDate']);
  });

  it('throws on a field its type-specific paragraph needs but the data lacks (变更 without its content)', () => {
    const e = thrown(() => build('decision', { decisionType: 'vary', newActDeadline: undefined }));
    expect(e.code).toBe('document.fieldMissing');
    expect(e.fields).toEqual(['variedContent']);
  });

  test.each([
    ['a date that is not one', 'acceptance', { acceptedOn: '2026-02-30' }, 'acceptedOn'],
    ['a choice outside its options', 'decision', { decisionType: 'partlyRevoke' }, 'decisionType'],
    ['an empty list', 'correction', { items: [] }, 'items'],
  ] as const)('throws on %s', (_what, kind, fields, name) => {
    const e = thrown(() => build(kind, fields));
    expect(['document.fieldInvalid', 'document.fieldMissing']).toContain(e.code);
    expect(e.fields).toEqual([name]);
  });

  it('checks the frame: document number, date, recipient', () => {
    expect(
      thrown(() =>
        buildDocument(reconsiderationTemplates.acceptance, {
          ...documentInputs.acceptance,
          number: '宁政复受字[2026]15号',
        }),
      ).fields,
    ).toEqual(['number']);
    expect(
      thrown(() =>
        buildDocument(reconsiderationTemplates.acceptance, {
          ...documentInputs.acceptance,
          issuedOn: '2026/03/06',
        }),
      ).fields,
    ).toEqual(['issuedOn']);
    const { recipient: _r, ...withoutRecipient } = documentInputs.hearingNotice;
    expect(thrown(() => buildDocument(reconsiderationTemplates.hearingNotice, withoutRecipient)).code).toBe(
      'document.fieldMissing',
    );
    expect(
      thrown(() =>
        buildDocument(reconsiderationTemplates.acceptance, {
          ...documentInputs.acceptance,
          recipient: thirdParty,
        }),
      ).code,
    ).toBe('document.fieldUnknown');
  });

  it('refuses a template whose wording names an undeclared field, a rule it lacks, or a field it never uses', () => {
    const base = { kind: 't', titleZh: '测试文书', addressee: 'applicant', basis: [] } as const;
    const undeclared = thrown(() =>
      defineTemplate<{ a: string }>({
        ...base,
        fields: { a: { kind: 'text', labelZh: 'a' } },
        body: ['{a}{b}'],
      }),
    );
    expect(undeclared.code).toBe('document.templateInvalid');
    expect(undeclared.messageZh).toContain('占位符 {b} 不是已声明的内容项');
    expect(
      thrown(() =>
        defineTemplate<{ a: string }>({
          ...base,
          fields: { a: { kind: 'text', labelZh: 'a' } },
          body: ['{a}{period:noSuchRule}'],
        }),
      ).messageZh,
    ).toContain('{period:noSuchRule}');
    expect(
      thrown(() =>
        defineTemplate<{ a: string; b?: string }>({
          ...base,
          fields: { a: { kind: 'text', labelZh: 'a' }, b: { kind: 'text', labelZh: 'b', optional: true } },
          body: ['{a}'],
        }),
      ).messageZh,
    ).toContain('内容项 b 已声明但未使用');
    expect(
      thrown(() =>
        defineTemplate<{ a: string }>({
          ...base,
          addressee: 'parties',
          fields: { a: { kind: 'text', labelZh: 'a' } },
          body: ['{you}{a}'],
        }),
      ).messageZh,
    ).toContain('{you}');
  });

  it('types each template: a wrong field is a compile error for callers', () => {
    // Each mistake on a line of its own, so that the directive above it names exactly that line.
    const wrongType: DecisionFields = {
      ...documentInputs.decision.fields,
      // @ts-expect-error — 'annul' is not a decision type
      decisionType: 'annul',
    };
    const unknownField: AcceptanceFields = {
      ...documentInputs.acceptance.fields,
      // @ts-expect-error — the acceptance notice has no field 'facts'
      facts: '经审理查明',
    };
    // @ts-expect-error — a correction notice needs its items
    const missing: CorrectionFields = { receivedOn: '2026-03-02' };
    const specs: FieldSpecs<{ n: boolean; track: 'ordinary' | 'simplified' }> = {
      // @ts-expect-error — a boolean field is a flag, not text
      n: { kind: 'text', labelZh: 'n' },
      // @ts-expect-error — a choice names the wording of every option
      track: { kind: 'choice', labelZh: '审理程序', options: { ordinary: '普通' } },
    };
    expect(Object.keys(specs)).toEqual(['n', 'track']);
    // And at run time the same mistakes throw.
    const fill =
      <F>(template: DocumentTemplate<F>, input: DocumentInput<F>, fields: unknown) =>
      () =>
        buildDocument(template, { ...input, fields: fields as F });
    expect(thrown(fill(reconsiderationTemplates.decision, documentInputs.decision, wrongType)).code).toBe(
      'document.fieldInvalid',
    );
    expect(
      thrown(fill(reconsiderationTemplates.acceptance, documentInputs.acceptance, unknownField)).code,
    ).toBe('document.fieldUnknown');
    expect(thrown(fill(reconsiderationTemplates.correction, documentInputs.correction, missing)).code).toBe(
      'document.fieldMissing',
    );
  });
});
