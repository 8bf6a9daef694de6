import { describe, expect, it } from '@jest/globals';
import { beforeSpringFestival2026, fineApplication, useTestSystem } from '../support/local-system';

const s = useTestSystem(beforeSpringFestival2026);

describe('filing a reconsideration application', () => {
  it('files, names the competent body and counts the review period over the Spring Festival', async () => {
    const applicant = await s.t.as('zhangsan');
    const r = await applicant.file(fineApplication());
    expect(r.status).toBe(201);
    expect(r.body.caseNumber).toMatch(/^西宁市人民政府 2026年第\d{6}号$/);
    expect(r.body.body.nameZh).toBe('西宁市人民政府');
    expect(r.body.timeliness.timely).toBe(true);
    const review = r.body.openDeadlines.find((d: { key: string }) => d.key === 'acceptanceReview');
    // Received Tue 10 Feb: 11, 12, 13, (Sat 14 make-up day) 14, then the break to 23 → 24 Feb.
    expect(review.dueDate).toBe('2026-02-24');
    expect(review.explanationZh).toContain('春节');
  });
});
