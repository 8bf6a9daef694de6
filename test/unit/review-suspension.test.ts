import { describe, expect, it } from '@jest/globals';
import { endOfShanghaiDay } from '../../shared/calendar/index';
import { application, bj, CaseFile, type Cmd, people, refusalOf } from '../support/case-file';

const { clerk, officeHead } = people;
const justAfter = (date: string) => new Date(endOfShanghaiDay(date).getTime() + 60_000);

/** Accepted (ordinary) on Wed 11 Feb 2026: the decision is due Mon 13 Apr (12 Apr is a Sunday). */
function accepted(track: 'ordinary' | 'simplified' = 'ordinary', app = application()) {
  const c = new CaseFile(app);
  c.act(clerk, { action: 'accept', track, partiesAgreeToSimplified: false }, bj('2026-02-11T10:00:00'));
  return c;
}

const suspend = (ground: string) =>
  ({ action: 'suspend', ground, reasonZh: '申请人死亡，其近亲属尚未确定是否参加行政复议' }) as Cmd;
const resume = { action: 'resume', reasonZh: '近亲属已确定参加行政复议' } as Cmd;

describe('suspension and resumption (Arts. 39–40, the pause convention)', () => {
  it('stops every open deadline; on resumption the decision period moves by the days suspended', () => {
    const c = accepted();
    expect(c.state.deadlines.decision?.dueDate).toBe('2026-04-13');
    const [s] = c.act(clerk, suspend('forceMajeure'), bj('2026-02-24T10:00:00'));
    expect(s).toMatchObject({
      type: 'suspended',
      toStage: 'suspended',
      data: { ground: 'forceMajeure', on: '2026-02-24' },
    });
    expect(c.state.deadlines.decision?.pauses).toEqual([{ suspendedOn: '2026-02-24' }]);
    expect(c.state.deadlines.respondentCopy?.pauses).toEqual([{ suspendedOn: '2026-02-24' }]);
    // No statutory end for this ground.
    expect(c.state.deadlines.suspensionLimit).toBeUndefined();
    // While suspended the clock leaves the paused deadlines alone, even past their old due dates.
    expect(c.clock(justAfter('2026-04-20'))).toEqual([]);
    const [r] = c.act(clerk, resume, bj('2026-04-20T10:00:00'));
    // 20 Apr − 24 Feb = 55 days: 12 Apr + 55 = Sat 6 Jun → Mon 8 Jun.
    expect(c.state.deadlines.decision).toMatchObject({ dueDate: '2026-06-08', status: 'open' });
    expect(c.state.deadlines.decision?.explanationZh).toContain('中止');
    expect(r?.data).toMatchObject({
      on: '2026-04-20',
      changes: expect.arrayContaining([{ key: 'decision', fromDue: '2026-04-13', toDue: '2026-06-08' }]),
    });
    expect(c.state.stage).toBe('underReview');
    expect(c.state.suspension).toMatchObject({ ground: 'forceMajeure', resumedOn: '2026-04-20' });
  });

  it('grounds 1, 2 and 4 end the case when unresolved for the statutory period (Art. 41(1)(5))', () => {
    const c = accepted();
    c.act(clerk, suspend('entityEnded'), bj('2026-02-24T10:00:00'));
    // 24 Feb + 60 days = Sat 25 Apr → Mon 27 Apr.
    const limit = c.state.deadlines.suspensionLimit;
    expect(limit).toMatchObject({
      startDate: '2026-02-24',
      dueDate: '2026-04-27',
      ruleId: 'rc.suspensionTermination',
    });
    expect(c.clock(justAfter(limit?.dueDate as string)).map((e) => e.type)).toEqual([
      'terminatedAfterSuspension',
    ]);
    expect(c.state).toMatchObject({ status: 'closed', closure: { kind: 'terminated' } });
    expect(c.state.closure?.detailZh).toContain('第四十一条第一款第五项');
  });

  it('a resumption before then cancels the statutory end', () => {
    const c = accepted();
    c.act(clerk, suspend('applicantDied'), bj('2026-02-24T10:00:00'));
    c.act(clerk, resume, bj('2026-03-02T10:00:00'));
    expect(c.state.deadlines.suspensionLimit?.status).toBe('cancelled');
    expect(c.clock(justAfter('2026-05-30')).map((e) => e.type)).not.toContain('terminatedAfterSuspension');
  });

  it('termination for an unresolved suspension needs such a suspension', () => {
    const c = accepted();
    const r = refusalOf(
      c.decide(
        officeHead,
        { action: 'terminate', ground: 'suspensionUnresolved', reasonZh: '中止满期' } as Cmd,
        bj('2026-02-24T10:00:00'),
      ),
    );
    expect(r).toMatchObject({ code: 'suspension.notTerminating', fields: [{ path: 'ground' }] });
    c.act(
      officeHead,
      { action: 'terminate', ground: 'noSuccessor', reasonZh: '申请人死亡，没有近亲属' } as Cmd,
      bj('2026-02-24T10:00:00'),
    );
    expect(c.state).toMatchObject({ status: 'closed', closure: { kind: 'terminated' } });
    expect(Object.values(c.state.deadlines).every((d) => d.status !== 'open')).toBe(true);
  });
});

describe('extension of the decision period (Art. 62)', () => {
  const extend = (days: number) => ({ action: 'extendDecisionPeriod', days, reasonZh: '案情复杂' }) as Cmd;

  it('adds the days to the period itself, once, with the office head’s approval', () => {
    const c = accepted();
    expect(refusalOf(c.decide(clerk, extend(30), bj('2026-03-02T10:00:00'))).code).toBe(
      'action.roleNotAllowed',
    );
    const [e] = c.act(officeHead, extend(30), bj('2026-03-02T10:00:00'));
    // 11 Feb + (60 + 30) = Tue 12 May — not 13 Apr rolled over and then extended.
    expect(c.state.deadlines.decision).toMatchObject({ dueDate: '2026-05-12', extraAmount: 30 });
    expect(c.state.deadlines.decision?.explanationZh).toContain('延长');
    expect(e?.data).toMatchObject({
      days: 30,
      changes: [{ key: 'decision', fromDue: '2026-04-13', toDue: '2026-05-12' }],
    });
    const again = refusalOf(c.decide(officeHead, extend(5), bj('2026-03-03T10:00:00')));
    expect(again.code).toBe('extension.alreadyGranted');
    expect(again.messageZh).toContain('只能延长一次');
  });

  it('is not for a simplified case, which converts first', () => {
    const c = accepted('simplified', application({ act: { amountYuan: 2000 } }));
    expect(refusalOf(c.decide(officeHead, extend(10), bj('2026-02-12T10:00:00'))).code).toBe(
      'extension.notOrdinary',
    );
  });

  it('a suspension after the extension keeps it', () => {
    const c = accepted();
    c.act(officeHead, extend(30), bj('2026-03-02T10:00:00'));
    c.act(clerk, suspend('forceMajeure'), bj('2026-03-03T10:00:00'));
    c.act(clerk, resume, bj('2026-03-13T10:00:00'));
    // 12 May + 10 days = Fri 22 May.
    expect(c.state.deadlines.decision).toMatchObject({ dueDate: '2026-05-22', extraAmount: 30 });
  });
});
