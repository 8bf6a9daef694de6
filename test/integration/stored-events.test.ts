import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AttributeValue, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { localTableName, projectRoot } from '../../infra/local/system';
import type { Actor } from '../../shared/domain/actors';
import { presentCase } from '../../shared/presenters/case-view';
import { CorruptEventError } from '../../shared/store/stored-events';
import { beforeSpringFestival2026, useTestSystem } from '../support/local-system';

/**
 * Events written by the first release (a DynamoDB map in `event`, no procedure, no version) are
 * still read — through the upcasters and the zod schemas — into the same case. The fixture was
 * captured from that release's code: filed → correction → corrected → accepted → warned → overdue.
 */
const fixture = JSON.parse(readFileSync(join(projectRoot, 'test/fixtures/events-v1.json'), 'utf8')) as {
  caseId: string;
  events: Record<string, AttributeValue>[];
  presented: Record<string, unknown>;
};

const s = useTestSystem(beforeSpringFestival2026);
let raw: DynamoDBClient;
beforeAll(async () => {
  raw = new DynamoDBClient({
    endpoint: s.t.system.dynamoEndpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  for (const Item of fixture.events) await raw.send(new PutItemCommand({ TableName: localTableName, Item }));
});
afterAll(() => raw.destroy());

const applicant: Actor = { userId: 'local-zhangsan', role: 'applicant', nameZh: '张三' };

describe('stored events of every version are read through their schemas', () => {
  it('reads the first release’s events and folds them into the case it showed then', async () => {
    const events = await s.t.system.store.loadEvents(fixture.caseId);
    expect(events.map((e) => e.type)).toEqual([
      'caseFiled',
      'correctionRequested',
      'correctionSubmitted',
      'accepted',
      'deadlineWarned',
      'deadlineOverdue',
    ]);
    expect(events[0]?.procedure).toBe('reconsideration');
    const state = await s.t.system.store.load(fixture.caseId);
    expect(state).toBeDefined();
    // Since then the view names whose duty each deadline is, and the body's lateness as the body's,
    // and says whether a deadline is paused by a suspension of the case.
    type Shown = { responsible: 'body' | 'applicant' | 'respondent'; overdue: boolean; statusZh: string };
    const whoZh = { body: '复议机关', applicant: '申请人', respondent: '被申请人' };
    const now = (d: Shown) => ({
      ...d,
      responsibleZh: whoZh[d.responsible],
      awaitingCalendar: false,
      paused: false,
      statusZh: d.overdue ? `${whoZh[d.responsible]}办理超期` : d.statusZh,
    });
    const presented = fixture.presented as { deadlines: Shown[]; openDeadlines: Shown[] };
    expect(presentCase(applicant, state as NonNullable<typeof state>)).toEqual({
      ...presented,
      // Since then the view shows what the review parts record: none of it on this case.
      opinionsHeard: [],
      agents: [],
      thirdParties: [],
      thirdPartyApplications: [],
      mediations: [],
      withdrawals: [],
      noReplyInTime: false,
      decisionTypesFit: ['vary', 'revoke', 'confirmUnlawful', 'confirmVoid', 'uphold'],
      electronicService: [],
      simplifiedReasonsZh: [],
      // What the applicant may do under review today (a withdrawal is now a request the body decides).
      allowedActions: [
        { action: 'requestHearing', labelZh: '请求听证' },
        { action: 'withdraw', labelZh: '申请撤回行政复议申请' },
        { action: 'consentToElectronicService', labelZh: '同意电子送达' },
        { action: 'appointAgent', labelZh: '登记或更换代理人' },
      ],
      deadlines: presented.deadlines.map(now),
      openDeadlines: presented.openDeadlines.map(now),
    });
  });

  it('refuses an event whose data does not match its schema, naming the case and the field', async () => {
    const first = fixture.events[0] as Record<string, AttributeValue>;
    const broken = JSON.parse(JSON.stringify(first)) as Record<string, AttributeValue>;
    const caseId = '00000000-0000-4000-8000-0000000000ee';
    const event = (broken.event as { M: Record<string, AttributeValue> }).M;
    (event.data as { M: Record<string, AttributeValue> }).M.receivedOn = { N: '20260210' };
    await raw.send(
      new PutItemCommand({
        TableName: localTableName,
        Item: { ...broken, pk: { S: `CASE#${caseId}` }, caseId: { S: caseId } },
      }),
    );
    const read = s.t.system.store.loadEvents(caseId);
    await expect(read).rejects.toThrow(CorruptEventError);
    await expect(s.t.system.store.loadEvents(caseId)).rejects.toThrow(/receivedOn/);
  });
});
