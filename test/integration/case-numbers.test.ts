import { describe, expect, it } from '@jest/globals';
import { beforeSpringFestival2026, fineApplication, useTestSystem } from '../support/local-system';

/** Case numbers are taken only by the request that writes the case (or the forward): no gaps. */
const s = useTestSystem(beforeSpringFestival2026, { applicant: 'zhangsan', clerk: 'wangfang' });

const serialOf = (caseNumber: string) => Number(/第(\d+)号$/.exec(caseNumber)?.[1]);
const consecutive = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('case numbers without gaps', () => {
  it('50 concurrent filings with one Idempotency-Key make one case and take one number', async () => {
    const same = await Promise.all(
      Array.from({ length: 50 }, () => s.applicant.file(fineApplication(), 'one-key-fifty-times')),
    );
    expect(same.filter((r) => r.status === 201)).toHaveLength(1);
    expect(same.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    expect(new Set(same.map((r) => r.body.id)).size).toBe(1);
    expect(new Set(same.map((r) => r.body.caseNumber)).size).toBe(1);
    expect(serialOf(same.find((r) => r.status === 201)?.body.caseNumber)).toBe(1);

    // The next filings continue at 2, 3, … whatever raced before: the 49 repeats took no number.
    const next = await Promise.all(
      Array.from({ length: 10 }, (_, i) => s.applicant.file(fineApplication(), `next-filing-${i}`)),
    );
    expect(next.map((r) => serialOf(r.body.caseNumber)).sort((a, b) => a - b)).toEqual(
      consecutive(11).slice(1),
    );
  });

  it('50 concurrent forwards at one version: one wins, the receiving body skips no number', async () => {
    const filed = (await s.applicant.file(fineApplication(), 'to-forward')).body;
    const forwards = await Promise.all(
      Array.from({ length: 50 }, () =>
        s.clerk.act(filed.id, { action: 'forward', expectedVersion: filed.version, toBodyId: 'gov-qh' }),
      ),
    );
    expect(forwards.filter((r) => r.status === 200)).toHaveLength(1);
    // The others lost the race: 409, or 404 when they were read after the case moved to the
    // other body, whose cases this clerk does not see.
    expect(forwards.filter((r) => r.status === 409 || r.status === 404)).toHaveLength(49);
    const won = forwards.find((r) => r.status === 200)?.body;
    // The first case the receiving body numbers this year: the 49 losers gave theirs back.
    expect(serialOf(won.caseNumber)).toBe(1);

    // A forward that loses to another action gives its number back too.
    const other = (await s.applicant.file(fineApplication(), 'withdraw-races-forward')).body;
    const raced = await Promise.all([
      ...Array.from({ length: 10 }, () =>
        s.clerk.act(other.id, { action: 'forward', expectedVersion: other.version, toBodyId: 'gov-qh' }),
      ),
      s.applicant.act(other.id, {
        action: 'withdraw',
        expectedVersion: other.version,
        reasonZh: '已与行政机关协商解决',
      }),
    ]);
    const forwarded = raced.slice(0, 10).some((r) => r.status === 200);
    // The next forward takes the very next number: nothing was kept by a loser.
    const third = (await s.applicant.file(fineApplication(), 'forwarded-after-the-race')).body;
    const next = await s.clerk.act(third.id, {
      action: 'forward',
      expectedVersion: third.version,
      toBodyId: 'gov-qh',
    });
    expect(next.status).toBe(200);
    expect(serialOf(next.body.caseNumber)).toBe(forwarded ? 3 : 2);
  });
});
