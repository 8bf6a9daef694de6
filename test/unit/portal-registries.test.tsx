import { beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { handler as directory } from '../../functions/api/directory';
import { engineEventTypes } from '../../shared/domain/case';
import { registeredProcedures } from '../../shared/domain/registry';
import { apiClient } from '../../web/src/api/client';
import type { Reference } from '../../web/src/api/reference';
import type { ActionId, CaseView, EventType, TimelineEvent } from '../../web/src/api/types';
import { type Portal, PortalContext } from '../../web/src/app/portal';
import { DemoSignIn } from '../../web/src/auth/demo';
import { Deadlines } from '../../web/src/components/case/Deadlines';
import { parseConfig } from '../../web/src/config';
import { actionForms } from '../../web/src/registry/actions';
import { EventDetail, eventRenderers } from '../../web/src/registry/events';
import { bj, nextDay, PortalCase, people } from '../support/portal-cases';

/**
 * The portal's registries: every action a procedure defines has a form, every event type the API
 * names has a renderer, and each shows its Chinese labels. Cases come from the domain and reach
 * the components as the API would send them; the reference data from the API's own handler.
 */

const config = parseConfig({
  mode: 'demo',
  apiUrl: '',
  staffApiUrl: '',
  site: {
    operatorZh: '西宁市人民政府行政复议办公室',
    hotline: '0971-12345',
    privacyNoticeZh: '个人信息保护说明',
  },
});
const portal: Portal = {
  config,
  signIn: new DemoSignIn(),
  session: undefined,
  api: apiClient(config, undefined, () => {}),
  setSession: () => {},
};

/** Server-side rendering of a component with the portal's providers, as its HTML text. */
function render(node: ReactNode): string {
  return renderToStaticMarkup(
    <ConfigProvider locale={zhCN}>
      <PortalContext.Provider value={portal}>
        <MemoryRouter>{node}</MemoryRouter>
      </PortalContext.Provider>
    </ConfigProvider>,
  );
}

/** The visible text of rendered HTML (tags dropped, entities of quotes decoded). */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

async function getPublic<T>(routeKey: string): Promise<T> {
  const event = {
    routeKey,
    rawPath: routeKey.split(' ')[1],
    headers: {},
    requestContext: { requestId: 'portal-test', http: { method: 'GET' } },
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
  const r = (await directory(event, { functionName: 'test', awsRequestId: 'r1' } as Context)) as
    | APIGatewayProxyStructuredResultV2
    | undefined;
  if (r?.statusCode !== 200) throw new Error(`${routeKey}: ${r?.statusCode} ${r?.body}`);
  return JSON.parse(r.body ?? 'null') as T;
}

let reference: Reference;
beforeAll(async () => {
  reference = {
    rules: await getPublic<Reference['rules']>('GET /v1/rules'),
    agencies: await getPublic<Reference['agencies']>('GET /v1/agencies'),
  };
});

// ---------------------------------------------------------------------------------------------
// Cases in every stage an action is offered in, made by the domain.
// ---------------------------------------------------------------------------------------------

const inReview = () => new PortalCase('case-review', '西宁市人民政府 2026年第000001号');
const awaitingCorrection = () =>
  inReview().act(
    people.clerk,
    {
      action: 'requestCorrection',
      items: [{ field: '证据材料', descriptionZh: '请提交行政处罚决定书复印件' }],
      noteZh: '请于期限内补正',
    },
    nextDay,
  );
const accepted = () =>
  inReview().act(
    people.clerk,
    { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false },
    nextDay,
  );
const copyByPost = () =>
  accepted().act(people.clerk, { action: 'sendCopy', channel: 'post', sentOn: '2026-02-11' }, nextDay);

/** Each action: a case where the person is offered it, and the Chinese its form must show. */
const forms: Record<ActionId, { make: () => PortalCase; as: keyof typeof people; shows: string[] }> = {
  accept: { make: inReview, as: 'clerk', shows: ['审理程序', '普通程序', '简易程序', '第五十三条'] },
  refuse: {
    make: inReview,
    as: 'clerk',
    shows: ['不予受理的理由（可多选）', '超过法定申请期限', '不属于行政复议范围', '说明（选填）'],
  },
  requestCorrection: {
    make: inReview,
    as: 'clerk',
    shows: ['第1项 需补正的事项', '第1项 补正要求', '添加一项补正事项', '一次性载明', '说明（选填）'],
  },
  forward: { make: inReview, as: 'clerk', shows: ['转送至有管辖权的复议机关', '请选择', '重新计算'] },
  submitCorrection: {
    make: awaitingCorrection,
    as: 'applicant',
    shows: ['第1项 证据材料：请提交行政处罚决定书复印件', '逐项填写补正内容', '视为放弃'],
  },
  withdraw: { make: inReview, as: 'applicant', shows: ['撤回理由', '不得再以同一事实和理由'] },
  sendCopy: {
    make: accepted,
    as: 'clerk',
    shows: ['送达方式', '网上送达', '邮寄送达', '发送日期', '2026年2月11日'],
  },
  recordCopyReceipt: {
    make: copyByPost,
    as: 'clerk',
    shows: ['被申请人收到副本的日期', '2026年2月11日邮寄', '送达回证'],
  },
};

describe('action forms', () => {
  it('every action of every registered procedure has a form', () => {
    const defined = new Set(
      registeredProcedures().flatMap((p) =>
        Object.values(p.definition.stages).flatMap((s) => Object.keys(s.actions)),
      ),
    );
    const missing = [...defined].filter((action) => !Object.hasOwn(actionForms, action));
    expect(missing).toEqual([]);
    expect(Object.keys(forms).sort()).toEqual([...defined].sort());
  });

  it.each(Object.keys(forms) as ActionId[])(
    '%s: the form shows its labels and submits as the action',
    (action) => {
      const spec = forms[action];
      const caseView = spec.make().view<CaseView>(people[spec.as]);
      const offered = caseView.allowedActions.find((a) => a.action === action);
      if (!offered) throw new Error(`${action} is not offered to the ${spec.as} on this case`);
      const Form = actionForms[action].form;
      const html = render(
        <Form
          caseView={caseView}
          reference={reference}
          labelZh={offered.labelZh}
          onDone={() => {}}
          onCancel={() => {}}
          onReload={() => {}}
        />,
      );
      expect(html).toContain(`data-testid="action-form-${action}"`);
      const text = textOf(html);
      for (const label of [...spec.shows, `确认${offered.labelZh}`]) expect(text).toContain(label);
      // Every field has a label the person reads, never the API's field name.
      expect(text).not.toMatch(/expectedVersion|reasonZh|descriptionZh|toBodyId|sentOn|receivedOn/);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Event renderers: every type the API names, from real cases.
// ---------------------------------------------------------------------------------------------

/** A 2027 official calendar differing from the provisional one: 4 January is a day off too. */
const calendar2027 = {
  year: 2027,
  version: 1,
  source: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
  daysOff: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-01-04', name: '元旦' },
  ],
  makeupWorkdays: [],
};

/** An event with the case it belongs to, both as the clerk sees them. */
interface Sample {
  readonly event: TimelineEvent;
  readonly caseView: CaseView;
}

function samples(): Sample[] {
  const worked = copyByPost()
    .act(people.clerk, { action: 'recordCopyReceipt', receivedOn: '2026-02-12' }, bj('2026-02-12T15:00:00'))
    .runClockUntil(bj('2026-04-01T12:00:00'));
  const corrected = awaitingCorrection().act(
    people.applicant,
    { action: 'submitCorrection', answers: [{ field: '证据材料', textZh: '已上传行政处罚决定书复印件' }] },
    bj('2026-02-12T10:00:00'),
  );
  const refused = inReview().act(
    people.clerk,
    { action: 'refuse', reasons: ['wrongBody'], competentBodyId: 'gov-qh', noteZh: '请向省政府申请' },
    nextDay,
  );
  const forwarded = inReview().act(people.clerk, { action: 'forward', toBodyId: 'gov-hd' }, nextDay, {
    caseNumber: '海东市人民政府 2026年第000007号',
  });
  const withdrawn = inReview().act(
    people.applicant,
    { action: 'withdraw', reasonZh: '已与被申请人和解' },
    nextDay,
  );
  const untouched = inReview().runClockUntil(bj('2026-03-20T12:00:00'));
  const abandoned = awaitingCorrection().runClockUntil(bj('2026-04-01T12:00:00'));
  // Filed at the end of 2026: its dates run into 2027, whose official calendar is not loaded yet.
  const yearEnd = new PortalCase('case-year-end', '西宁市人民政府 2026年第000099号', {
    at: bj('2026-12-28T10:00:00'),
    application: { madeOn: '2026-12-20', learnedOn: '2026-12-22' },
  })
    .runClockUntil(bj('2027-01-08T12:00:00'))
    .loadCalendar(calendar2027, bj('2027-01-08T12:00:00'));
  // Materials: the applicant's evidence, the respondent's reply (marked, opened again, read).
  const pdf = (fileName: string, sha: string) => ({
    fileName,
    contentType: 'application/pdf',
    size: 24_576,
    sha256: sha.repeat(64),
  });
  const ids = {
    evidence: '11111111-1111-4111-8111-111111111111',
    reply: '22222222-2222-4222-8222-222222222222',
  };
  const withFiles = copyByPost()
    .act(people.clerk, { action: 'recordCopyReceipt', receivedOn: '2026-02-12' }, bj('2026-02-12T15:00:00'))
    .attach(
      people.applicant,
      { uploadId: ids.evidence, purpose: 'evidence' },
      pdf('处罚决定书.pdf', 'a'),
      bj('2026-02-13T09:00:00'),
    )
    .attach(
      people.respondent,
      { uploadId: ids.reply, purpose: 'reply' },
      pdf('行政复议答复书.pdf', 'b'),
      bj('2026-02-13T10:00:00'),
    )
    .confidentiality(
      people.clerk,
      ids.reply,
      { marked: true, confidentiality: { kind: 'commercialSecret', reasonZh: '载有第三方企业的配方数据' } },
      bj('2026-02-13T11:00:00'),
    )
    .confidentiality(
      people.clerk,
      ids.reply,
      { marked: false, reasonZh: '第三方已同意公开' },
      bj('2026-02-13T12:00:00'),
    )
    .read(people.applicant, ids.reply, bj('2026-02-13T13:00:00'));
  return [worked, corrected, refused, forwarded, withdrawn, untouched, abandoned, yearEnd, withFiles].flatMap(
    (c) => {
      const caseView = c.view<CaseView>(people.clerk);
      return c.timeline<TimelineEvent>(people.clerk).map((event) => ({ event, caseView }));
    },
  );
}

/** What each event's details must say (besides its title, which is the API's labelZh). */
const eventShows: Record<EventType, string[]> = {
  caseFiled: ['申请人张三提出申请', '西宁市人民政府 2026年第000001号'],
  correctionRequested: ['证据材料：请提交行政处罚决定书复印件', '说明：请于期限内补正'],
  correctionSubmitted: ['收到补正材料', '证据材料：已上传行政处罚决定书复印件'],
  accepted: ['普通程序', '受理日期2026年2月11日'],
  deemedAccepted: ['普通程序', '受理日期2026年2月24日'],
  refused: ['本机关不是有管辖权的行政复议机关', '有管辖权的复议机关：青海省人民政府', '说明：请向省政府申请'],
  forwarded: ['转送海东市人民政府', '新案件编号海东市人民政府 2026年第000007号'],
  copySent: ['邮寄送达', '2026年2月11日发送', '收到后登记收到日期'],
  copyReceived: ['被申请人2026年2月12日收到申请书副本'],
  timelinessRecomputed: ['2027年节假日安排（第1版）载入后重新计算', '申请期限届满日由'],
  withdrawn: ['撤回理由：已与被申请人和解'],
  deemedAbandoned: ['补正期限于', '申请人未补正'],
  deadlineWarned: ['被申请人答复并提交证据、依据期限', '届满日2026年3月4日'],
  deadlineOverdue: ['向被申请人发送申请书副本期限', '届满日'],
  deadlineLapsed: ['被申请人答复并提交证据、依据期限', '届满日'],
  deadlineAwaitingCalendar: ['暂定届满日', '2027年的官方节假日安排尚未载入'],
  deadlinesRecomputed: ['2027年节假日安排（第1版）载入后重新计算', '受理审查期限：'],
  fileAttached: ['申请人方提交“处罚决定书.pdf”（证据，24 KB）'],
  fileConfidentialityMarked: [
    '“行政复议答复书.pdf”',
    '对另一方不予查阅：涉及商业秘密',
    '理由：载有第三方企业的配方数据',
  ],
  fileConfidentialityUnmarked: ['取消不予查阅标记', '理由：第三方已同意公开'],
  fileRead: ['在线查阅（下载）“行政复议答复书.pdf”'],
};

describe('event renderers', () => {
  let all: Sample[];
  beforeAll(() => {
    all = samples();
  });

  it('every event type of every procedure and of the engine has a renderer', () => {
    const known = new Set<string>([
      ...engineEventTypes,
      ...registeredProcedures().flatMap((p) => Object.keys(p.eventLabelsZh)),
    ]);
    expect([...known].filter((type) => !Object.hasOwn(eventRenderers, type))).toEqual([]);
    expect(Object.keys(eventShows).sort()).toEqual([...known].sort());
  });

  it.each(Object.keys(eventShows) as EventType[])('%s: its details read in Chinese', (type) => {
    const ofType = all.filter((s) => s.event.type === type);
    const sample = ofType.find((s) => s.caseView.caseNumber.endsWith('000001号')) ?? ofType[0];
    if (!sample) throw new Error(`no ${type} event in the sample cases`);
    const context = { caseView: sample.caseView, reference };
    const text = textOf(render(<EventDetail event={sample.event} context={context} />));
    for (const words of eventShows[type]) expect(text).toContain(words);
    expect(text).not.toMatch(/undefined|null|\[object/);
  });

  it('an event of a type without a renderer shows where the case went and which deadlines started', () => {
    const caseView = accepted().view<CaseView>(people.clerk);
    const [filed] = inReview().timeline<TimelineEvent>(people.clerk);
    const unknown = {
      ...filed,
      type: 'hearingScheduled',
      toStage: 'underReview',
    } as unknown as TimelineEvent;
    const text = textOf(render(<EventDetail event={unknown} context={{ caseView, reference }} />));
    expect(text).toContain('案件进入“审理中”阶段');
    expect(text).toContain('受理审查期限起算，届满日2026年2月24日');
  });
});

// ---------------------------------------------------------------------------------------------
// Deadlines: order, whose duty, and the body's lateness never read as the applicant's.
// ---------------------------------------------------------------------------------------------

describe('deadlines', () => {
  it('lists open deadlines first, names whose duty each is, and reads the body lateness as its own', () => {
    // Never accepted by hand: deemed accepted, then the copy to the respondent is overdue.
    const caseView = inReview().runClockUntil(bj('2026-03-20T12:00:00')).view<CaseView>(people.applicant);
    const html = render(<Deadlines deadlines={caseView.deadlines} />);
    const order = [...html.matchAll(/data-status="(\w+)"/g)].map((m) => m[1]);
    expect(order.indexOf('open')).toBe(0);
    expect(order.lastIndexOf('open')).toBeLessThan(order.indexOf('lapsed'));
    expect(order.at(-1)).toBe('cancelled');
    const text = textOf(html);
    expect(text).toContain('复议机关办理超期');
    expect(text).not.toContain('申请人办理超期');
    expect(text).toContain('责任方：复议机关');
  });

  it('marks a provisional date 暂定 and says why in the text (the badge also says it in its tooltip)', () => {
    const caseView = new PortalCase('case-year-end', '西宁市人民政府 2026年第000099号', {
      at: bj('2026-12-28T10:00:00'),
      application: { madeOn: '2026-12-20', learnedOn: '2026-12-22' },
    }).view<CaseView>(people.clerk);
    const text = textOf(render(<Deadlines deadlines={caseView.deadlines} />));
    expect(text).toContain('暂定');
    expect(text).toContain('2027年的官方节假日安排尚未载入');
  });
});
