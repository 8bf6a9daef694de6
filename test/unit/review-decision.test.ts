import { describe, expect, it } from '@jest/globals';
import { endOfShanghaiDay } from '../../shared/calendar/index';
import { procedureOf } from '../../shared/domain/registry';
import { simplifiedEligibilityReasonsZh } from '../../shared/procedures/reconsideration';
import { formatDocumentNumber } from '../../shared/procedures/reconsideration/review/decision';
import { application, bj, CaseFile, type Cmd, calendar, people, refusalOf } from '../support/case-file';

const { applicant, clerk, officeHead, respondent } = people;
const NO = '宁政复决字〔2026〕1号';
const justAfter = (date: string) => new Date(endOfShanghaiDay(date).getTime() + 60_000);

const draft = (type: string, extra: Record<string, unknown> = {}) =>
  ({
    action: 'draftDecision',
    type,
    findingsZh: '经审理查明：被申请人作出处罚前未告知申请人陈述、申辩的权利',
    reasonsZh: '被申请人违反法定程序',
    legalBasisZh: '《中华人民共和国行政处罚法》第四十四条',
    ...extra,
  }) as Cmd;

/** Accepted on 11 Feb 2026; the copy sent online on 12 Feb opens the respondent's reply period. */
function inReview(app = application()) {
  const c = new CaseFile(app);
  c.act(
    clerk,
    { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false },
    bj('2026-02-11T10:00:00'),
  );
  c.act(clerk, { action: 'sendCopy', channel: 'online', sentOn: '2026-02-12' }, bj('2026-02-12T10:00:00'));
  return c;
}

const reply = {
  action: 'submitReply',
  replyZh: '处罚事实清楚，证据确凿',
  evidence: [{ nameZh: '现场检查笔录', purposeZh: '证明违法事实' }],
  legalBasisZh: '《中华人民共和国食品安全法》第一百二十四条',
} as Cmd;

describe("the respondent's reply (Arts. 48, 70)", () => {
  it('meets the reply period when given in time', () => {
    const c = inReview();
    const [e] = c.act(respondent, reply, bj('2026-02-13T10:00:00'));
    expect(e).toMatchObject({ type: 'replySubmitted', data: { inTime: true, receivedOn: '2026-02-13' } });
    expect(c.state.deadlines.respondentReply?.status).toBe('met');
    expect(c.state.reply?.evidence).toHaveLength(1);
    expect(refusalOf(c.decide(respondent, reply, bj('2026-02-13T11:00:00'))).code).toBe(
      'reply.alreadySubmitted',
    );
  });

  it('cannot be given before the copy has reached the respondent', () => {
    const c = new CaseFile();
    c.act(
      clerk,
      { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false },
      bj('2026-02-11T10:00:00'),
    );
    c.act(clerk, { action: 'sendCopy', channel: 'post', sentOn: '2026-02-11' }, bj('2026-02-11T11:00:00'));
    expect(refusalOf(c.decide(respondent, reply, bj('2026-02-12T10:00:00'))).code).toBe(
      'reply.copyNotReceived',
    );
  });

  it('without a reply in time, 维持 is refused citing Art. 70 while 撤销 stays open', () => {
    const c = inReview();
    const due = c.state.deadlines.respondentReply?.dueDate as string;
    expect(due).toBe(calendar.addWorkingDays('2026-02-12', 10).dueDate);
    c.clock(justAfter(due));
    expect(c.state.deadlines.respondentReply?.status).toBe('lapsed');
    const r = refusalOf(c.decide(clerk, draft('uphold'), justAfter(due)));
    expect(r.code).toBe('decision.noReplyArt70');
    expect(r.messageZh).toContain('第七十条');
    expect(r.fields).toEqual([{ path: 'type', messageZh: expect.stringContaining('维持') }]);
    // A late reply is kept, but the consequence stays.
    const [late] = c.act(respondent, reply, justAfter(due));
    expect(late?.data).toMatchObject({ inTime: false });
    expect(refusalOf(c.decide(clerk, draft('uphold'), justAfter(due))).code).toBe('decision.noReplyArt70');
    c.act(clerk, draft('revoke'), justAfter(due));
    expect(c.state.stage).toBe('decisionReview');
  });
});

describe('the decision fits the act (Arts. 63–69)', () => {
  it('责令履行 and 驳回 only for a failure to perform a duty; 维持 not for one', () => {
    const fine = inReview();
    const when = bj('2026-02-13T10:00:00');
    for (const type of ['orderPerformance', 'rejectRequest']) {
      const r = refusalOf(
        fine.decide(clerk, draft(type, type === 'orderPerformance' ? { performWithinDays: 30 } : {}), when),
      );
      expect(r.code).toBe('decision.typeNotFit');
      expect(r.messageZh).toContain('不履行法定职责');
    }
    const duty = inReview(application({ act: { kind: 'failureToPerform', amountYuan: undefined } }));
    const r = refusalOf(duty.decide(clerk, draft('uphold'), when));
    expect(r.code).toBe('decision.typeNotFit');
    expect(r.messageZh).toContain('责令履行');
  });

  it('asks for what each type must state', () => {
    const when = bj('2026-02-13T10:00:00');
    expect(refusalOf(inReview().decide(clerk, draft('vary'), when)).fields?.[0]?.path).toBe('varyToZh');
    const duty = inReview(application({ act: { kind: 'failureToPerform', amountYuan: undefined } }));
    expect(refusalOf(duty.decide(clerk, draft('orderPerformance'), when)).fields?.[0]?.path).toBe(
      'performWithinDays',
    );
    expect(
      refusalOf(inReview().decide(clerk, draft('uphold', { newActWithinDays: 30 }), when)).fields?.[0]?.path,
    ).toBe('newActWithinDays');
    duty.act(clerk, draft('orderPerformance', { performWithinDays: 30 }), when);
    expect(duty.state.decision?.draft).toMatchObject({ type: 'orderPerformance', performWithinDays: 30 });
  });
});

describe('approval, number, service and effect (Arts. 61, 75; Admin. Litigation Law Art. 45)', () => {
  const drafted = () => {
    const c = inReview();
    c.act(clerk, draft('revoke', { newActWithinDays: 60 }), bj('2026-02-13T10:00:00'));
    return c;
  };

  it('takes the body’s next decision number, then issues and serves by post and through the system', () => {
    const c = drafted();
    const d = c.decide(officeHead, { action: 'approveDecision' } as Cmd, bj('2026-03-02T10:00:00'));
    expect(d).toEqual({ ok: true, value: { kind: 'needsNumber', series: 'decision', bodyId: 'gov-xn' } });
    const [issued, ...rest] = c.act(
      officeHead,
      { action: 'approveDecision' } as Cmd,
      bj('2026-03-02T10:00:00'),
      {
        number: NO,
      },
    );
    expect(rest).toEqual([]);
    expect(issued).toMatchObject({
      type: 'decisionIssued',
      toStage: 'service',
      data: {
        number: NO,
        issuedOn: '2026-03-02',
        service: [
          { party: 'applicant', channel: 'post' },
          { party: 'respondent', channel: 'electronic', servedOn: '2026-03-02' },
        ],
      },
    });
    expect(c.state.deadlines.decision?.status).toBe('met');
    expect(c.state.stage).toBe('service');
  });

  it('takes effect when the last party is served, and the time to sue counts from the applicant’s receipt', () => {
    const c = drafted();
    c.act(officeHead, { action: 'approveDecision' } as Cmd, bj('2026-03-02T10:00:00'), { number: NO });
    const receipt = { action: 'recordReceipt', party: 'applicant', receivedOn: '2026-03-04' } as Cmd;
    expect(refusalOf(c.decide(clerk, receipt, bj('2026-03-04T10:00:00'))).code).toBe('service.notMailed');
    c.act(
      clerk,
      {
        action: 'recordMailing',
        party: 'applicant',
        mailedOn: '2026-03-02',
        trackingNumber: 'EMS1000000001CN',
      } as Cmd,
      bj('2026-03-02T15:00:00'),
    );
    expect(
      refusalOf(c.decide(clerk, { ...receipt, receivedOn: '2026-03-01' } as Cmd, bj('2026-03-05T10:00:00')))
        .fields?.[0]?.path,
    ).toBe('receivedOn');
    const [served, effect] = c.act(clerk, receipt, bj('2026-03-05T10:00:00'));
    expect(served).toMatchObject({
      type: 'decisionServed',
      data: { party: 'applicant', servedOn: '2026-03-04' },
    });
    expect(effect).toMatchObject({
      type: 'decisionTookEffect',
      toStage: 'effective',
      data: { effectiveOn: '2026-03-04', applicantServedOn: '2026-03-04' },
    });
    const sue = c.state.deadlines.litigationPeriod;
    // 4 March + 15 days = Thu 19 March 2026.
    expect(sue).toMatchObject({ startDate: '2026-03-04', dueDate: '2026-03-19', responsible: 'applicant' });
    expect(sue?.explanationZh).toContain('《行政诉讼法》第四十五条');
    // The time to sue passes: the decision is final and the case closes.
    const [final] = c.clock(justAfter('2026-03-19'));
    expect(final).toMatchObject({ type: 'decisionFinal', data: { litigationDueDate: '2026-03-19' } });
    expect(c.state.status).toBe('closed');
    expect(c.state.closure?.kind).toBe('decided');
  });

  it('serves at once on a party who consented to electronic service, and takes effect the same day', () => {
    const c = inReview();
    c.act(applicant, { action: 'consentToElectronicService' } as Cmd, bj('2026-02-12T11:00:00'));
    c.act(clerk, draft('revoke'), bj('2026-02-13T10:00:00'));
    const events = c.act(officeHead, { action: 'approveDecision' } as Cmd, bj('2026-03-02T10:00:00'), {
      number: NO,
    });
    expect(events.map((e) => e.type)).toEqual(['decisionIssued', 'decisionTookEffect']);
    expect(c.state.stage).toBe('effective');
    expect(c.state.deadlines.litigationPeriod?.startDate).toBe('2026-03-02');
    expect(
      refusalOf(
        c.decide(applicant, { action: 'consentToElectronicService' } as Cmd, bj('2026-03-02T11:00:00')),
      ).code,
    ).toBe('action.notAllowedInStage');
  });

  it('a consent given while the decision waits for the post serves it that day', () => {
    const c = drafted();
    c.act(officeHead, { action: 'approveDecision' } as Cmd, bj('2026-03-02T10:00:00'), { number: NO });
    const events = c.act(
      applicant,
      { action: 'consentToElectronicService' } as Cmd,
      bj('2026-03-03T09:00:00'),
    );
    expect(events.map((e) => e.type)).toEqual([
      'electronicServiceConsented',
      'decisionServed',
      'decisionTookEffect',
    ]);
    expect(c.state.decision?.effectiveOn).toBe('2026-03-03');
  });

  it('a collective discussion, once asked for, must be recorded before the approval', () => {
    const c = drafted();
    c.act(
      officeHead,
      { action: 'requestCollectiveDiscussion', reasonZh: '案情重大' } as Cmd,
      bj('2026-02-16T10:00:00'),
    );
    expect(
      refusalOf(
        c.decide(officeHead, { action: 'approveDecision' } as Cmd, bj('2026-02-24T10:00:00'), { number: NO }),
      ).code,
    ).toBe('decision.discussionPending');
    c.act(
      clerk,
      {
        action: 'recordCollectiveDiscussion',
        heldOn: '2026-02-24',
        participantsZh: '李明、王芳',
        conclusionZh: '同意撤销',
      } as Cmd,
      bj('2026-02-24T15:00:00'),
    );
    c.act(officeHead, { action: 'approveDecision' } as Cmd, bj('2026-02-25T10:00:00'), { number: NO });
    expect(c.state.decision?.number).toBe(NO);
  });

  it('a returned draft goes back to review and can be drafted again', () => {
    const c = drafted();
    c.act(
      officeHead,
      { action: 'returnDraft', reasonZh: '请补充对证据的分析' } as Cmd,
      bj('2026-02-16T10:00:00'),
    );
    expect(c.state.stage).toBe('underReview');
    expect(c.state.decision?.returned).toEqual([{ on: '2026-02-16', reasonZh: '请补充对证据的分析' }]);
  });
});

describe('route (Arts. 49, 53, 55)', () => {
  it('converting a simplified case recomputes its open deadlines by the ordinary rules', () => {
    const c = new CaseFile(application({ act: { amountYuan: 2000 } }));
    c.act(
      clerk,
      { action: 'accept', track: 'simplified', partiesAgreeToSimplified: false },
      bj('2026-02-11T10:00:00'),
    );
    expect(c.state.deadlines.decision?.dueDate).toBe('2026-03-13');
    const [e] = c.act(
      officeHead,
      { action: 'convertToOrdinary', reasonZh: '案情复杂' } as Cmd,
      bj('2026-02-12T10:00:00'),
    );
    // 11 Feb + 60 = Sun 12 Apr → Mon 13 Apr; the copy: 7 working days instead of 3.
    expect(c.state.deadlines.decision).toMatchObject({
      dueDate: '2026-04-13',
      ruleId: 'rc.decisionOrdinary',
    });
    expect(e?.data).toMatchObject({
      changes: expect.arrayContaining([{ key: 'decision', fromDue: '2026-03-13', toDue: '2026-04-13' }]),
    });
    expect(c.state.track).toBe('ordinary');
    expect(
      refusalOf(
        c.decide(
          officeHead,
          { action: 'convertToOrdinary', reasonZh: '再次' } as Cmd,
          bj('2026-02-12T11:00:00'),
        ),
      ).code,
    ).toBe('route.notSimplified');
  });

  it('states why a case may take the simplified procedure', () => {
    expect(simplifiedEligibilityReasonsZh(application({ act: { amountYuan: 2000 } }).act)).toEqual([
      '案件涉及款额2000元，不超过3000元（《行政复议法》第五十三条第一款第三项）',
    ]);
    expect(simplifiedEligibilityReasonsZh(application().act)).toEqual([]);
  });
});

describe('document numbers', () => {
  it('are per body, series and year', () => {
    expect(formatDocumentNumber('decision', 'gov-xn', 2026, 12)).toBe('宁政复决字〔2026〕12号');
    expect(formatDocumentNumber('mediation', 'gov-qh', 2027, 3)).toBe('青政复调字〔2027〕3号');
    expect(procedureOf('reconsideration').formatNumber?.('decision', 'gov-hd', 2026, 1)).toBe(
      '东政复决字〔2026〕1号',
    );
  });
});

describe('who sees the decision', () => {
  it('the draft and its deliberation are the body’s own until the decision is issued', () => {
    const c = inReview();
    c.act(clerk, draft('revoke'), bj('2026-02-13T10:00:00'));
    c.act(
      officeHead,
      { action: 'requestCollectiveDiscussion', reasonZh: '案情重大' } as Cmd,
      bj('2026-02-16T10:00:00'),
    );
    const module = procedureOf('reconsideration');
    expect(module.presentCase('clerk', c.state).decision).toMatchObject({ draft: { type: 'revoke' } });
    expect(module.presentCase('applicant', c.state).decision).toBeUndefined();
    expect(module.presentCase('respondent', c.state).decision).toBeUndefined();
    c.act(
      clerk,
      {
        action: 'recordCollectiveDiscussion',
        heldOn: '2026-02-24',
        participantsZh: '李明、王芳',
        conclusionZh: '同意',
      } as Cmd,
      bj('2026-02-24T15:00:00'),
    );
    c.act(officeHead, { action: 'approveDecision' } as Cmd, bj('2026-02-25T10:00:00'), { number: NO });
    const seen = module.presentCase('applicant', c.state).decision as Record<string, unknown>;
    expect(seen).toMatchObject({ number: NO, draft: { type: 'revoke' } });
    expect(seen.discussion).toBeUndefined();
  });
});
