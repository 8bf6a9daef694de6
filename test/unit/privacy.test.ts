import { describe, expect, it, test } from '@jest/globals';
import { LegalCalendar, seedCalendarYears } from '../../shared/calendar/index';
import { canView } from '../../shared/domain/access';
import type { Actor } from '../../shared/domain/actors';
import { applyClock, decideAction, nextClockInstant } from '../../shared/domain/decide';
import { foldEvents } from '../../shared/domain/fold';
import {
  maskAddressForDisplay,
  maskNameForDisplay,
  maskPhoneForDisplay,
  maskResidentIdForDisplay,
} from '../../shared/domain/masks';
import {
  type Level,
  organisationFields,
  personFields,
  type Subject,
  showPerson,
  subjects,
  type Viewer,
  viewerOf,
  viewerOfRecipient,
  viewers,
  visibilityTable,
} from '../../shared/domain/visibility';
import { presentCase, presentEvent, presentSummary } from '../../shared/presenters/case-view';
import {
  type ActionCommand,
  applicationSchema,
  type CaseEvent,
  type CaseState,
  fileApplication,
  type NewCaseEvent,
  reconsideration,
} from '../../shared/procedures/reconsideration';
import { listSummary } from '../../shared/store/lists';
import { fineApplication } from '../support/fixtures';

/*
 * Privacy by role (issue 6 §3): every viewer × every personal field, in the case view, the
 * timeline and the list row. Expectations are written out by hand below, independently of the
 * table in shared/domain/visibility.ts; a second pass derives them from the table, so a change
 * to either side alone fails.
 */

const calendar = new LegalCalendar(seedCalendarYears());
const bj = (local: string) => new Date(`${local}+08:00`);
const FILED_AT = bj('2026-02-10T10:00:00');

// ---------------------------------------------------------------------------------------------
// The people of the case and what each field looks like in full, masked and to the public.
// ---------------------------------------------------------------------------------------------

const zhangsan = {
  name: '张三',
  residentId: '630102198503124323',
  phone: '13897001234',
  address: '青海省西宁市城中区南大街1号',
} as const;
const zhangsanMasked = {
  name: '张三',
  residentId: '630102********4323',
  phone: '138****1234',
  address: '青海省西宁市城中区****',
};
const zhangsanAnonymous = { name: '张某', address: '青海省西宁市城中区****' };

const lawyer = { name: '李明', phone: '13909715678', kind: 'lawyer' } as const;
const lawyerMasked = { name: '李明', phone: '139****5678', kind: 'lawyer' };
const lawyerAnonymous = { name: '李某', kind: 'lawyer' };

/** Not yet a party type of reconsideration: the table's row is checked on its own. */
const wangwu = {
  name: '王五',
  residentId: '632123199203150017',
  phone: '0972-8612345',
  address: '青海省海东市乐都区碾伯镇古城村12号',
};
const wangwuMasked = {
  name: '王五',
  residentId: '632123********0017',
  phone: '0972-***2345',
  address: '青海省海东市乐都区****',
};
const wangwuAnonymous = { name: '王某', address: '青海省海东市乐都区****' };

const company = {
  type: 'organisation',
  name: '西宁高原商贸有限公司',
  uscc: '91350100M000100Y43',
  legalRepresentative: '赵建国',
  phone: '13997001234',
  address: '青海省西宁市城东区八一路5号',
} as const;

type Shown = 'full' | 'masked' | 'anonymous';
const naturalPersonOf = {
  applicant: { full: zhangsan, masked: zhangsanMasked, anonymous: zhangsanAnonymous },
  agent: { full: lawyer, masked: lawyerMasked, anonymous: lawyerAnonymous },
  thirdParty: { full: wangwu, masked: wangwuMasked, anonymous: wangwuAnonymous },
} as const;

/** What each viewer sees of each natural person, written out from the rule. */
const expected: Record<Viewer, Record<Subject, Shown>> = {
  applicant: { applicant: 'full', agent: 'full', thirdParty: 'masked' },
  agent: { applicant: 'full', agent: 'full', thirdParty: 'masked' },
  thirdParty: { applicant: 'masked', agent: 'masked', thirdParty: 'full' },
  clerk: { applicant: 'full', agent: 'full', thirdParty: 'full' },
  officeHead: { applicant: 'full', agent: 'full', thirdParty: 'full' },
  committeeMember: { applicant: 'masked', agent: 'masked', thirdParty: 'masked' },
  respondent: { applicant: 'masked', agent: 'masked', thirdParty: 'masked' },
  supervisor: { applicant: 'masked', agent: 'masked', thirdParty: 'masked' },
  admin: { applicant: 'masked', agent: 'masked', thirdParty: 'masked' },
  public: { applicant: 'anonymous', agent: 'anonymous', thirdParty: 'anonymous' },
};

/** What each viewer sees of an organisation applicant: its name, code and address always. */
const companyMaskedPhone = { ...company, phone: '139****1234' };
const expectedCompany: Record<Viewer, Record<string, string>> = {
  applicant: company,
  agent: company,
  thirdParty: companyMaskedPhone,
  clerk: company,
  officeHead: company,
  committeeMember: companyMaskedPhone,
  respondent: companyMaskedPhone,
  supervisor: companyMaskedPhone,
  admin: companyMaskedPhone,
  public: {
    type: 'organisation',
    name: '西宁高原商贸有限公司',
    uscc: '91350100M000100Y43',
    legalRepresentative: '赵某',
    address: '青海省西宁市城东区八一路5号',
  },
};

// ---------------------------------------------------------------------------------------------
// A case filed by 张三 through his lawyer, accepted and its copy sent to the respondent, with an agent
// user, a third party and a committee member on it, and one actor for every viewer.
// ---------------------------------------------------------------------------------------------

const applicantUser: Actor = { userId: 'zhangsan', role: 'applicant', nameZh: '张三' };
const clerk: Actor = { userId: 'wangfang', role: 'clerk', nameZh: '王芳', bodyId: 'gov-xn' };

const actorFor: Record<Viewer, Actor[]> = {
  applicant: [applicantUser],
  agent: [{ userId: 'lawyer-li', role: 'applicant', nameZh: '李明' }],
  thirdParty: [{ userId: 'wangwu', role: 'applicant', nameZh: '王五' }],
  clerk: [clerk],
  officeHead: [{ userId: 'zhaoqiang', role: 'officeHead', nameZh: '赵强', bodyId: 'gov-xn' }],
  committeeMember: [{ userId: 'chenjing', role: 'committeeMember', nameZh: '陈静', bodyId: 'gov-xn' }],
  respondent: [{ userId: 'liuwei', role: 'respondent', nameZh: '刘伟', agencyId: 'dept-xn-scjg' }],
  supervisor: [{ userId: 'sunli', role: 'supervisor', nameZh: '孙丽', bodyId: 'gov-qh' }],
  admin: [{ userId: 'admin', role: 'admin', nameZh: '系统管理员' }],
  // Another citizen, and a clerk of another body.
  public: [
    { userId: 'lisi', role: 'applicant', nameZh: '李四' },
    { userId: 'qianming', role: 'clerk', nameZh: '钱明', bodyId: 'gov-qh' },
  ],
};

const factsWithPhone = '被申请人未听取陈述申辩。申请人联系电话13897001234，身份证630102198503124323。';

function caseOf(applicant: unknown): { state: CaseState; events: CaseEvent[] } {
  const app = applicationSchema.parse(
    fineApplication({ applicant, agent: lawyer, factsAndReasons: factsWithPhone }),
  );
  const events: CaseEvent[] = [];
  const push = (es: readonly NewCaseEvent[]) => {
    for (const e of es) events.push({ ...e, seq: events.length + 1 } as CaseEvent);
    return foldEvents('case-1', events) as CaseState;
  };
  const filed = fileApplication(app, '西宁市人民政府行复〔2026〕1号', {
    actor: applicantUser,
    now: FILED_AT,
    calendar,
  });
  if (!filed.ok) throw new Error(filed.refusal.code);
  let state = push([filed.value]);
  const accepted = decideAction(
    state,
    {
      action: 'accept',
      track: 'ordinary',
      partiesAgreeToSimplified: false,
      expectedVersion: state.version,
    } as ActionCommand,
    { actor: clerk, now: bj('2026-02-11T10:00:00'), calendar },
  );
  if (!accepted.ok || accepted.value.kind !== 'events') throw new Error('accept refused');
  state = push(accepted.value.events as NewCaseEvent[]);
  // The copy sent: the respondent agency becomes a party to the case (Art. 48).
  const sent = decideAction(
    state,
    {
      action: 'sendCopy',
      channel: 'online',
      sentOn: '2026-02-11',
      expectedVersion: state.version,
    } as ActionCommand,
    { actor: clerk, now: bj('2026-02-11T11:00:00'), calendar },
  );
  if (!sent.ok || sent.value.kind !== 'events') throw new Error('sendCopy refused');
  state = push(sent.value.events as NewCaseEvent[]);
  return {
    state: {
      ...state,
      parties: [
        ...state.parties,
        { role: 'agent', userId: 'lawyer-li', nameZh: '李明' },
        { role: 'thirdParty', userId: 'wangwu', nameZh: '王五' },
        { role: 'committeeMember', userId: 'chenjing', nameZh: '陈静' },
      ],
    },
    events,
  };
}

const personCase = caseOf({ type: 'person', ...zhangsan });
const companyCase = caseOf(company);

const caseViewOf = (actor: Actor, c = personCase) =>
  presentCase(actor, c.state) as unknown as {
    application: {
      applicant: Record<string, unknown>;
      agent: Record<string, unknown>;
      factsAndReasons: string;
    };
  };
const filingInTimeline = (actor: Actor, c = personCase) =>
  presentEvent(actor, c.state, c.events[0] as CaseEvent) as unknown as {
    actor: Actor;
    data: { applicant: Record<string, unknown>; agent: Record<string, unknown> };
  };
const listRow = (actor: Actor, c = personCase) =>
  presentSummary(actor, listSummary(c.state, reconsideration.summary(c.state)));

/**
 * Whether `actor` can ever be shown this case's list row: a citizen reads only their own list
 * (MINE#user, written for the case's applicant), so an unrelated citizen never holds the row; staff
 * of another body can (their lists are keyed by body, the row says which).
 */
const readsRows = (viewer: Viewer, actor: Actor) => !(viewer === 'public' && actor.role === 'applicant');

const everyViewerActor = viewers.flatMap((v) => actorFor[v].map((a) => [v, a] as const));

// ---------------------------------------------------------------------------------------------

describe('the formats of masked data', () => {
  it('keeps the address code and the last 4 characters of a resident identity number', () => {
    expect(maskResidentIdForDisplay('630102198503124323')).toBe('630102********4323');
    expect(maskResidentIdForDisplay('11010519491231002X')).toBe('110105********002X');
    expect(maskResidentIdForDisplay('12345')).toBe('*****');
  });

  it('keeps the first 3 and last 4 digits of a mobile number, and the area code of a landline', () => {
    expect(maskPhoneForDisplay('13897001234')).toBe('138****1234');
    expect(maskPhoneForDisplay('0971-6123456')).toBe('0971-***3456');
    expect(maskPhoneForDisplay('010-87654321')).toBe('010-****4321');
    expect(maskPhoneForDisplay('09716123456')).toBe('097****3456');
  });

  test.each([
    ['青海省西宁市城中区南大街1号', '青海省西宁市城中区****'],
    ['西宁市城东区八一路5号', '西宁市城东区****'],
    ['北京市海淀区中关村大街超市1号', '北京市海淀区****'],
    ['浙江省杭州市西湖区文三路90号', '浙江省杭州市西湖区****'],
    ['重庆市万州区江南新区1号', '重庆市万州区****'],
    ['青海省海北藏族自治州海晏县三角城镇西海村', '青海省海北藏族自治州海晏县****'],
    ['内蒙古自治区锡林郭勒盟正蓝旗上都镇', '内蒙古自治区锡林郭勒盟正蓝旗****'],
    ['青海省海西蒙古族藏族自治州格尔木市昆仑路1号', '青海省海西蒙古族藏族自治州格尔木市****'],
    // No county written: the street and the housing estate are never taken for a district.
    ['西宁市长江路小区3号楼', '西宁市****'],
    ['南大街1号', '****'],
  ])('keeps %s down to the county: %s', (address, masked) => {
    expect(maskAddressForDisplay(address)).toBe(masked);
  });

  it('shows the public a surname only', () => {
    expect(maskNameForDisplay('张三')).toBe('张某');
    expect(maskNameForDisplay('欧阳娜娜')).toBe('欧某');
  });
});

describe('the visibility table', () => {
  it('has a row for every viewer and an expectation here for each', () => {
    expect(Object.keys(visibilityTable).sort()).toEqual([...viewers].sort());
    expect(Object.keys(expected).sort()).toEqual([...viewers].sort());
  });

  it("shows a natural person's identity number, phone and address in full only to the case's own staff and the person's own side", () => {
    const fullFor: Record<Subject, Viewer[]> = {
      applicant: ['applicant', 'agent', 'clerk', 'officeHead'],
      agent: ['applicant', 'agent', 'clerk', 'officeHead'],
      thirdParty: ['thirdParty', 'clerk', 'officeHead'],
    };
    for (const subject of subjects)
      for (const field of ['residentId', 'phone', 'address'] as const)
        expect(viewers.filter((v) => visibilityTable[v][subject][field] === 'full').sort()).toEqual(
          fullFor[subject].sort(),
        );
  });

  it("keeps an organisation's name, credit code and registered address visible to everyone", () => {
    for (const v of viewers)
      for (const field of ['name', 'uscc', 'address'] as const)
        expect(visibilityTable[v].organisation[field]).toBe('full');
  });

  it('names the parties to everyone with access to the case, and only a surname to the public', () => {
    for (const v of viewers)
      for (const subject of subjects)
        expect(visibilityTable[v][subject].name).toBe(v === 'public' ? 'masked' : 'full');
  });
});

describe('who is which viewer', () => {
  test.each(everyViewerActor)('%s: %j', (viewer, actor) => {
    expect(viewerOf(actor, personCase.state)).toBe(viewer);
  });

  it('lets the agent and the third party open the case they are party to, and nobody unrelated', () => {
    for (const actor of [...actorFor.agent, ...actorFor.thirdParty])
      expect(canView(actor, personCase.state)).toBe(true);
    for (const actor of actorFor.public) expect(canView(actor, personCase.state)).toBe(false);
  });
});

describe('what every viewer sees of every personal field', () => {
  const personal = (subject: Subject, shown: Shown, extra: Record<string, unknown> = {}) => ({
    ...extra,
    ...naturalPersonOf[subject][shown],
  });

  test.each(everyViewerActor)('case view, timeline and list row for %s', (viewer, actor) => {
    const see = expected[viewer];
    const view = caseViewOf(actor);
    expect(view.application.applicant).toEqual(personal('applicant', see.applicant, { type: 'person' }));
    // The authority of the power of attorney (not personal data) is shown beside the agent.
    const authority = { scope: 'general', powers: [] };
    expect(view.application.agent).toEqual(personal('agent', see.agent, authority));

    const filing = filingInTimeline(actor);
    expect(filing.data.applicant).toEqual(personal('applicant', see.applicant, { type: 'person' }));
    expect(filing.data.agent).toEqual(personal('agent', see.agent, authority));
    expect(filing.actor.nameZh).toBe(naturalPersonOf.applicant[see.applicant].name);

    if (readsRows(viewer, actor))
      expect(listRow(actor).applicantNameZh).toBe(naturalPersonOf.applicant[see.applicant].name);
  });

  test.each(everyViewerActor)('an organisation applicant, for %s', (viewer, actor) => {
    expect(caseViewOf(actor, companyCase).application.applicant).toEqual(expectedCompany[viewer]);
    expect(filingInTimeline(actor, companyCase).data.applicant).toEqual(expectedCompany[viewer]);
    // A company's name is not personal data: even the public list row shows it.
    expect(listRow(actor, companyCase).applicantNameZh).toBe(company.name);
  });

  test.each(viewers.map((v) => [v]))('a third party (table row), for %s', (viewer) => {
    expect(showPerson(viewer, 'thirdParty', wangwu)).toEqual(
      naturalPersonOf.thirdParty[expected[viewer].thirdParty],
    );
  });

  test.each(everyViewerActor)("numbers written into the applicant's own text, for %s", (viewer, actor) => {
    const text = caseViewOf(actor).application.factsAndReasons;
    if (expected[viewer].applicant === 'full') expect(text).toBe(factsWithPhone);
    else {
      expect(text).not.toContain(zhangsan.phone);
      expect(text).not.toContain(zhangsan.residentId);
      expect(text).toContain('被申请人未听取陈述申辩');
    }
  });
});

describe('the same matrix, derived from the table', () => {
  const apply = (level: Level, full: string, masked: string) =>
    level === 'full' ? full : level === 'masked' ? masked : undefined;
  const maskOf = {
    name: maskNameForDisplay,
    residentId: maskResidentIdForDisplay,
    phone: maskPhoneForDisplay,
    address: maskAddressForDisplay,
  };

  const maskOrganisation = {
    ...maskOf,
    legalRepresentative: maskNameForDisplay,
    uscc: (code: string) => `${code.slice(0, 2)}****`,
  };

  test.each(everyViewerActor)('%s', (viewer, actor) => {
    const row = visibilityTable[viewer];
    const view = caseViewOf(actor);
    const filing = filingInTimeline(actor);
    for (const field of personFields) {
      const want = apply(row.applicant[field], zhangsan[field], maskOf[field](zhangsan[field]));
      expect(view.application.applicant[field]).toBe(want);
      expect(filing.data.applicant[field]).toBe(want);
    }
    for (const field of ['name', 'phone'] as const) {
      const want = apply(row.agent[field], lawyer[field], maskOf[field](lawyer[field]));
      expect(view.application.agent[field]).toBe(want);
      expect(filing.data.agent[field]).toBe(want);
    }
    if (readsRows(viewer, actor))
      expect(listRow(actor).applicantNameZh).toBe(apply(row.applicant.name, '张三', '张某') ?? '');
    const companyView = caseViewOf(actor, companyCase).application.applicant;
    for (const field of organisationFields) {
      const full = company[field];
      expect(companyView[field]).toBe(apply(row.organisation[field], full, maskOrganisation[field](full)));
    }
  });
});

describe('the event log keeps the full data', () => {
  it('masks only what is shown: the stored filing still holds every field', () => {
    caseViewOf(actorFor.respondent[0] as Actor);
    filingInTimeline(actorFor.respondent[0] as Actor);
    const stored = (personCase.events[0] as CaseEvent & { data: { application: { applicant: unknown } } })
      .data;
    expect(stored.application.applicant).toEqual({ type: 'person', ...zhangsan });
    expect(personCase.state.application.agent).toEqual({ ...lawyer, scope: 'general' });
  });
});

describe('notices', () => {
  /** Every notice of a case's life: filing, correction, answer, acceptance, withdrawal, the clock. */
  function everyNotice() {
    const out: { recipient: string; text: string; state: CaseState }[] = [];
    const collect = (state: CaseState, events: readonly CaseEvent[]) => {
      for (const e of events)
        for (const n of reconsideration.notices(state, e))
          out.push({ recipient: n.recipient, text: `${n.subjectZh}\n${n.bodyZh}`, state });
    };
    const app = applicationSchema.parse(
      fineApplication({
        applicant: { type: 'person', ...zhangsan },
        agent: lawyer,
        factsAndReasons: factsWithPhone,
      }),
    );
    const log: CaseEvent[] = [];
    let state = undefined as CaseState | undefined;
    const push = (es: readonly NewCaseEvent[]) => {
      const added = es.map((e) => ({ ...e, seq: log.length + 1 + es.indexOf(e) }) as CaseEvent);
      log.push(...added);
      state = foldEvents('case-1', log) as CaseState;
      collect(state, added);
    };
    const filed = fileApplication(app, '西宁市人民政府行复〔2026〕1号', {
      actor: applicantUser,
      now: FILED_AT,
      calendar,
    });
    if (!filed.ok) throw new Error(filed.refusal.code);
    push([filed.value]);
    const act = (actor: Actor, command: Record<string, unknown>, now: Date) => {
      const s = state as CaseState;
      const d = decideAction(s, { ...command, expectedVersion: s.version } as ActionCommand, {
        actor,
        now,
        calendar,
      });
      if (!d.ok || d.value.kind !== 'events') throw new Error(JSON.stringify(d));
      push(d.value.events as NewCaseEvent[]);
    };
    act(
      clerk,
      { action: 'requestCorrection', items: [{ field: 'evidence', descriptionZh: '请提交决定书' }] },
      bj('2026-02-11T10:00:00'),
    );
    act(
      applicantUser,
      { action: 'submitCorrection', answers: [{ field: 'evidence', textZh: `电话${zhangsan.phone}` }] },
      bj('2026-02-12T10:00:00'),
    );
    // Nobody reviews it: the clock deems it accepted; the copy goes out late (supervisors are told),
    // the respondent is told its reply period, which then lapses.
    const runClock = (until: Date) => {
      for (
        let next = nextClockInstant(state as CaseState);
        next && next <= until;
        next = nextClockInstant(state as CaseState)
      )
        push(applyClock(state as CaseState, next, calendar) as NewCaseEvent[]);
    };
    runClock(bj('2026-03-20T00:00:00'));
    act(clerk, { action: 'sendCopy', channel: 'online', sentOn: '2026-03-20' }, bj('2026-03-20T10:00:00'));
    runClock(bj('2026-05-20T00:00:00'));
    act(
      applicantUser,
      { action: 'withdraw', reasonZh: `已和解，联系电话${zhangsan.phone}` },
      bj('2026-05-21T10:00:00'),
    );
    return out;
  }

  it("never tells anyone outside the case's own staff and the applicant's side the full identity number, phone or address", () => {
    const notices = everyNotice();
    const recipients = new Set(notices.map((n) => viewerOfRecipient(n.recipient, n.state)));
    // The life above reaches the applicant, the body, its supervisors and the respondent agency.
    expect([...recipients].sort()).toEqual(['applicant', 'clerk', 'respondent', 'supervisor']);
    for (const n of notices) {
      const viewer = viewerOfRecipient(n.recipient, n.state);
      if (expected[viewer].applicant === 'full') continue;
      for (const secret of [zhangsan.residentId, zhangsan.phone, zhangsan.address, lawyer.phone])
        expect(n.text).not.toContain(secret);
    }
    // The body and the respondent are told who applied.
    expect(notices.some((n) => n.recipient === 'body:gov-xn' && n.text.includes('申请人：张三'))).toBe(true);
    expect(notices.some((n) => n.recipient === 'agency:dept-xn-scjg' && n.text.includes('已受理张三'))).toBe(
      true,
    );
  });
});
