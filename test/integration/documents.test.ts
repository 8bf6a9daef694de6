import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { extractText, getDocumentProxy } from 'unpdf';
import { shanghaiDate } from '../../shared/calendar/time';
import { chineseDate } from '../../shared/documents/numerals';
import { docxText, squash, unzip, withoutPageNumbers } from '../support/documents';
import {
  type ApiClient,
  beforeSpringFestival2026,
  fineApplication,
  useTestSystem,
} from '../support/local-system';

/**
 * The documents of a case through the API on the local runtime: a case taken to an effective
 * decision, its documents listed as each person may see them, every PDF downloaded through its
 * signed link and read back (number, parties, dates in Chinese numerals, the acceptance date, the
 * time to sue), a DOCX for staff and none for a party, the draft decision previewed in 决定审批,
 * and every reading by a party found on the case's timeline.
 */
const s = useTestSystem(beforeSpringFestival2026, {
  applicant: 'zhangsan',
  stranger: 'lisi',
  clerk: 'wangfang',
  head: 'zhaoqiang',
  respondent: 'liuwei',
  supervisor: 'sunli',
});

type Case = {
  id: string;
  version: number;
  stage: string;
  caseNumber: string;
  acceptedOn?: string;
  decision?: { number?: string; issuedOn?: string; service?: { party: string; servedOn?: string }[] };
};
type DocumentEntry = {
  id: string;
  kind: string;
  titleZh: string;
  number: string;
  issuedOn: string;
  seq: number;
  recipientNameZh?: string;
  formats: string[];
};

async function act(who: ApiClient, c: Case, command: Record<string, unknown>): Promise<Case> {
  const r = await who.act(c.id, { expectedVersion: c.version, ...command });
  expect({ action: command.action, status: r.status, body: r.status === 200 ? undefined : r.body }).toEqual({
    action: command.action,
    status: 200,
    body: undefined,
  });
  return r.body as Case;
}

const today = async () => shanghaiDate(new Date((await s.t.anonymous.get('/local/clock')).body.now));
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return squash(withoutPageNumbers(text));
}

/** The link, then the file it points at (the local file store answers it as S3 would). */
async function download(who: ApiClient, caseId: string, documentId: string, format = 'pdf') {
  const started = Date.now();
  const link = await who.get(`/v1/cases/${caseId}/documents/${documentId}?format=${format}`);
  const linkMs = Date.now() - started;
  expect({ documentId, status: link.status, body: link.status === 200 ? undefined : link.body }).toEqual({
    documentId,
    status: 200,
    body: undefined,
  });
  const file = await fetch(link.body.url);
  expect(file.status).toBe(200);
  return { link: link.body, bytes: new Uint8Array(await file.arrayBuffer()), file, linkMs };
}

let c: Case;
let draftPdf = '';

describe('a case to an effective decision', () => {
  it('files, accepts, sends the copy, takes the reply, drafts — the draft is previewed — and serves', async () => {
    const filed = await s.applicant.file(fineApplication());
    expect(filed.status).toBe(201);
    c = filed.body as Case;
    c = await act(s.clerk, c, { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false });
    c = await act(s.clerk, c, { action: 'sendCopy', channel: 'online', sentOn: await today() });
    c = await act(s.respondent, c, {
      action: 'submitReply',
      replyZh: '处罚事实清楚，证据确凿，程序合法',
      evidence: [{ nameZh: '现场检查笔录', purposeZh: '证明违法事实' }],
      legalBasisZh: '《中华人民共和国食品安全法》第一百二十四条',
    });
    // No draft yet: nothing to preview.
    const early = await s.clerk.get(`/v1/cases/${c.id}/drafts/decision`);
    expect([early.status, early.body.code]).toEqual([409, 'document.noDraft']);

    await s.t.advanceClock(1);
    c = await act(s.clerk, c, {
      action: 'draftDecision',
      type: 'revoke',
      findingsZh: '被申请人作出处罚决定前未告知申请人陈述、申辩的权利',
      reasonsZh: '被申请人违反法定程序。',
      legalBasisZh: '《中华人民共和国行政处罚法》第四十四条',
      newActWithinDays: 60,
    });
    expect(c.stage).toBe('decisionReview');

    // The clerk and the office head preview the draft: 草稿, dated today, its serial blank.
    for (const who of [s.clerk, s.head]) {
      const started = Date.now();
      const link = await who.get(`/v1/cases/${c.id}/drafts/decision`);
      // The first PDF of the process reads and parses the fonts (the first one is measured).
      console.info(`draft decision link (render + store): ${Date.now() - started} ms`);
      expect(link.status).toBe(200);
      expect(link.body).toMatchObject({
        kind: 'decision',
        format: 'pdf',
        fileName: '行政复议决定书（草稿）.pdf',
      });
      draftPdf = await pdfText(new Uint8Array(await (await fetch(link.body.url)).arrayBuffer()));
    }
    expect(draftPdf).toContain('草稿');
    expect(draftPdf).toContain(squash('宁政复决字〔2026〕'));
    expect(draftPdf).toContain(chineseDate(await today()));
    expect(draftPdf).toContain(squash('撤销被申请人于2026年2月2日作出的《行政处罚决定书》'));
    const docx = await s.clerk.get(`/v1/cases/${c.id}/drafts/decision?format=docx`);
    expect(docx.status).toBe(200);
    // A party or a supervisor may not see the draft; the draft is no issued document.
    for (const who of [s.applicant, s.respondent, s.supervisor]) {
      const r = await who.get(`/v1/cases/${c.id}/drafts/decision`);
      expect([r.status, r.body.code]).toEqual([403, 'auth.forbidden']);
    }
    expect(
      ((await s.clerk.get(`/v1/cases/${c.id}/documents`)).body.items as DocumentEntry[]).map((d) => d.kind),
    ).toEqual(['acceptance', 'replyNotice']);

    c = await act(s.head, c, { action: 'approveDecision' });
    expect(c.stage).toBe('service');
    const after = await s.clerk.get(`/v1/cases/${c.id}/drafts/decision`);
    expect([after.status, after.body.code]).toEqual([409, 'document.noDraft']);
    c = await act(s.clerk, c, {
      action: 'recordMailing',
      party: 'applicant',
      mailedOn: await today(),
      trackingNumber: 'EMS1000000001CN',
    });
    await s.t.advanceClock(2);
    c = await act(s.clerk, c, { action: 'recordReceipt', party: 'applicant', receivedOn: await today() });
    expect(c.stage).toBe('effective');
  });
});

describe('the documents of the case', () => {
  const list = async (who: ApiClient) => {
    const r = await who.get(`/v1/cases/${c.id}/documents`);
    expect(r.status).toBe(200);
    return r.body.items as DocumentEntry[];
  };

  it('lists what each person may read: staff everything in PDF and DOCX, a party its own in PDF', async () => {
    const serial = Number(/第(\d+)号$/.exec(c.caseNumber)?.[1]);
    const staff = await list(s.clerk);
    expect(staff).toEqual([
      expect.objectContaining({
        kind: 'acceptance',
        titleZh: '行政复议受理通知书',
        number: `宁政复受字〔2026〕${serial}号`,
        issuedOn: c.acceptedOn,
        recipientNameZh: '张三',
        formats: ['pdf', 'docx'],
      }),
      expect.objectContaining({
        kind: 'replyNotice',
        number: `宁政复答字〔2026〕${serial}号`,
        recipientNameZh: '西宁市市场监督管理局',
      }),
      expect.objectContaining({
        kind: 'decision',
        titleZh: '行政复议决定书',
        number: c.decision?.number,
        issuedOn: c.decision?.issuedOn,
        formats: ['pdf', 'docx'],
      }),
    ]);
    expect(c.decision?.number).toMatch(/^宁政复决字〔2026〕\d+号$/);
    expect((await list(s.supervisor)).map((d) => [d.kind, d.formats])).toEqual([
      ['acceptance', ['pdf']],
      ['replyNotice', ['pdf']],
      ['decision', ['pdf']],
    ]);
    expect((await list(s.applicant)).map((d) => [d.kind, d.formats])).toEqual([
      ['acceptance', ['pdf']],
      ['decision', ['pdf']],
    ]);
    expect((await list(s.respondent)).map((d) => [d.kind, d.formats])).toEqual([
      ['replyNotice', ['pdf']],
      ['decision', ['pdf']],
    ]);
    // Someone else's case does not exist for them.
    const stranger = await s.stranger.get(`/v1/cases/${c.id}/documents`);
    expect([stranger.status, stranger.body.code]).toEqual([404, 'case.notFound']);
  });

  it('renders each PDF on first request and says what it must: numbers, parties, dates, the time to sue', async () => {
    const [acceptance, reply, decision] = (await list(s.clerk)) as [
      DocumentEntry,
      DocumentEntry,
      DocumentEntry,
    ];
    const first = await download(s.applicant, c.id, acceptance.id);
    expect(first.link).toMatchObject({ format: 'pdf', method: 'GET', readingLogged: true });
    expect(first.file.headers.get('content-type')).toBe('application/pdf');
    expect(first.file.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`行政复议受理通知书（${acceptance.number}）-张三.pdf`)}`,
    );
    // The first render of this process read the fonts; kept in the store, the next is the same file.
    console.info(`first document link (render + store + log): ${first.linkMs} ms`);
    const text = await pdfText(first.bytes);
    for (const part of [
      '西宁市人民政府',
      '行政复议受理通知书',
      acceptance.number,
      '张三',
      '西宁市市场监督管理局于2026年2月2日作出的《行政处罚决定书》（宁市监罚〔2026〕88号）',
      `受理日期为${c.acceptedOn?.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}`,
      chineseDate(acceptance.issuedOn),
    ])
      expect(text).toContain(squash(part));

    const replyPdf = await pdfText((await download(s.respondent, c.id, reply.id)).bytes);
    for (const part of [reply.number, '西宁市市场监督管理局', '张三不服你单位', chineseDate(reply.issuedOn)])
      expect(replyPdf).toContain(squash(part));

    const byApplicant = await download(s.applicant, c.id, decision.id);
    const decisionPdf = await pdfText(byApplicant.bytes);
    for (const part of [
      '行政复议决定书',
      decision.number,
      '申请人：张三，住青海省西宁市城中区****。',
      '被申请人：西宁市市场监督管理局。',
      `本机关已于${c.acceptedOn?.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}依法受理`,
      '被申请人称：处罚事实清楚，证据确凿，程序合法',
      '撤销被申请人于2026年2月2日作出的《行政处罚决定书》（宁市监罚〔2026〕88号）',
      '责令被申请人自收到本决定书之日起六十日内重新作出行政行为',
      '可以自收到本决定书之日起十五日内，依法向人民法院提起行政诉讼',
      chineseDate(decision.issuedOn),
    ])
      expect(decisionPdf).toContain(squash(part));
    expect(decisionPdf).not.toContain('草稿');
    // The document is kept: the respondent downloads the very same bytes.
    const byRespondent = await download(s.respondent, c.id, decision.id);
    expect(sha(byRespondent.bytes)).toBe(sha(byApplicant.bytes));
    console.info(`a stored document's link: ${byRespondent.linkMs} ms`);
  });

  it('gives staff the DOCX, and refuses it to a party without recording anything', async () => {
    const decision = (await list(s.clerk)).find((d) => d.kind === 'decision') as DocumentEntry;
    const docx = await download(s.clerk, c.id, decision.id, 'docx');
    expect(docx.link).toMatchObject({ format: 'docx', readingLogged: false });
    expect(docx.file.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const xml = unzip(docx.bytes).get('word/document.xml')?.toString('utf8') ?? '';
    expect(docxText(xml)).toContain(decision.number);
    expect(docxText(xml)).toContain('申请人：张三');

    const before = (await s.clerk.get(`/v1/cases/${c.id}`)).body.version;
    const refused = await s.applicant.get(`/v1/cases/${c.id}/documents/${decision.id}?format=docx`);
    expect([refused.status, refused.body.code]).toEqual([403, 'document.formatNotAllowed']);
    expect(refused.body.detail).toContain('PDF');
    // Not theirs: the reply notice to the respondent is no document of the applicant's.
    const reply = (await list(s.clerk)).find((d) => d.kind === 'replyNotice') as DocumentEntry;
    const hidden = await s.applicant.get(`/v1/cases/${c.id}/documents/${reply.id}`);
    expect([hidden.status, hidden.body.code]).toEqual([404, 'document.notFound']);
    const unknown = await s.clerk.get(`/v1/cases/${c.id}/documents/99-decision`);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'document.notFound']);
    const bad = await s.clerk.get(`/v1/cases/${c.id}/documents/${decision.id}?format=odt`);
    expect([bad.status, bad.body.code]).toEqual([400, 'request.invalid']);
    expect((await s.clerk.get(`/v1/cases/${c.id}`)).body.version).toBe(before);
  });

  it('finds every reading by a party on the case: on the staff’s timeline and the reader’s own', async () => {
    const reads = async (who: ApiClient) =>
      (
        (await who.get(`/v1/cases/${c.id}/events`)).body.items as {
          type: string;
          actor: { userId: string };
          data: { documentId: string; titleZh: string; number: string; format: string };
        }[]
      )
        .filter((e) => e.type === 'documentRead')
        .map((e) => [e.data.titleZh, e.data.format]);
    expect(await reads(s.clerk)).toEqual([
      ['行政复议受理通知书', 'pdf'],
      ['提出答复通知书', 'pdf'],
      ['行政复议决定书', 'pdf'],
      ['行政复议决定书', 'pdf'],
    ]);
    expect(await reads(s.applicant)).toEqual([
      ['行政复议受理通知书', 'pdf'],
      ['行政复议决定书', 'pdf'],
    ]);
    expect(await reads(s.respondent)).toEqual([
      ['提出答复通知书', 'pdf'],
      ['行政复议决定书', 'pdf'],
    ]);
    // Staff and supervisors reading leave no trace on the case.
    const before = (await s.clerk.get(`/v1/cases/${c.id}`)).body.version;
    const decision = (await list(s.supervisor)).find((d) => d.kind === 'decision') as DocumentEntry;
    expect((await download(s.supervisor, c.id, decision.id)).link.readingLogged).toBe(false);
    expect((await download(s.clerk, c.id, decision.id)).link.readingLogged).toBe(false);
    expect((await s.clerk.get(`/v1/cases/${c.id}`)).body.version).toBe(before);
  });
});
