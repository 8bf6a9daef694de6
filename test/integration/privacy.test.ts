import { describe, expect, it } from '@jest/globals';
import { beforeSpringFestival2026, fineApplication, useTestSystem } from '../support/local-system';

/*
 * Privacy by role through the real HTTP API: the applicant and the case's clerk see the
 * applicant's identity number, phone and address and the agent's phone in full; the respondent
 * agency and a supervisor see the names and masked numbers, in the case, the timeline and lists.
 */

const s = useTestSystem(beforeSpringFestival2026, {
  applicant: 'zhangsan',
  clerk: 'wangfang',
  respondent: 'liuwei',
  supervisor: 'sunli',
});

const agent = { name: '李明', phone: '13909715678', kind: 'lawyer' };
const application = fineApplication({
  agent,
  factsAndReasons: '被申请人未听取陈述申辩。申请人联系电话13897001234。',
});
/** The authority of the agent's power of attorney is shown beside them (it is not personal data). */
const authority = { scope: 'general', powers: [] };
const full = {
  applicant: application.applicant,
  agent: { ...agent, ...authority },
};
const masked = {
  applicant: {
    type: 'person',
    name: '张三',
    residentId: '630102********4323',
    phone: '138****1234',
    address: '青海省西宁市城中区****',
  },
  agent: { name: '李明', phone: '139****5678', kind: 'lawyer', ...authority },
};

describe('personal data by role, through the API', () => {
  it('shows the applicant and the clerk everything, the respondent and a supervisor masked numbers', async () => {
    const filed = await s.applicant.file(application);
    expect(filed.status).toBe(201);
    const id = filed.body.id as string;
    const accepted = await s.clerk.act(id, { action: 'accept', expectedVersion: filed.body.version });
    expect(accepted.status).toBe(200);
    // The copy sent online: the respondent agency becomes a party to the case.
    const sent = await s.clerk.act(id, {
      action: 'sendCopy',
      expectedVersion: accepted.body.version,
      channel: 'online',
      sentOn: '2026-02-10',
    });
    expect(sent.status).toBe(200);

    for (const [who, client, sees] of [
      ['applicant', s.applicant, full],
      ['clerk', s.clerk, full],
      ['respondent', s.respondent, masked],
      ['supervisor', s.supervisor, masked],
    ] as const) {
      const view = await client.get(`/v1/cases/${id}`);
      expect([who, view.status]).toEqual([who, 200]);
      expect([who, view.body.application.applicant]).toEqual([who, sees.applicant]);
      expect([who, view.body.application.agent]).toEqual([who, sees.agent]);
      const facts: string = view.body.application.factsAndReasons;
      expect([who, facts.includes('13897001234')]).toEqual([who, sees === full]);

      const timeline = await client.get(`/v1/cases/${id}/events`);
      const filing = timeline.body.items.find((e: { type: string }) => e.type === 'caseFiled');
      expect([who, filing.data.applicant, filing.data.agent]).toEqual([who, sees.applicant, sees.agent]);
      // Nothing of the full numbers anywhere in what this person receives (but for the full viewers).
      if (sees === masked)
        for (const secret of ['630102198503124323', '13897001234', '南大街1号', '13909715678'])
          expect([who, JSON.stringify([view.body, timeline.body]).includes(secret)]).toEqual([who, false]);
    }

    // List rows name the applicant to everyone with the case on a list.
    const mine = await s.applicant.get('/v1/cases?view=mine');
    const respondentList = await s.respondent.get('/v1/cases?view=respondent');
    for (const list of [mine, respondentList]) {
      const row = list.body.items.find((r: { id: string }) => r.id === id);
      expect(row.applicantNameZh).toBe('张三');
    }
  });
});
