/**
 * Lists read what they return. Seeds N and then 10·N cases through the real store (the list
 * items the effects processor writes: about 2 % overdue, the rest a realistic mix of stages,
 * bodies, warned and closed cases), then pages through the overdue list as a province-level
 * supervisor (every body below) and as a city office head (one body), printing items read per
 * item returned, requests, and page latency (min / median / max) at both sizes.
 *
 *   npm run bench:lists            (BENCH_N=10000 by default: 10k and 100k cases)
 */
import '../test/support/quiet-logs';
import { startLocalSystem } from '../infra/local/system';
import { bodies } from '../shared/directory/agencies';
import type { Actor } from '../shared/domain/actors';
import type { CaseEnvelope, Deadline } from '../shared/domain/case';
import { runtime } from '../shared/runtime';
import { listCases } from '../shared/services/lists';
import { listSummary } from '../shared/store/lists';

const n = Math.max(3, Number(process.env.BENCH_N ?? 10_000));
const sizes = [n, n * 10];
const pageSize = 50;
const bodyIds = bodies.map((b) => b.id);

const system = await startLocalSystem({ startAt: new Date('2026-03-02T10:00:00+08:00') });
const rt = await runtime();

const supervisor: Actor = { userId: 'bench-sunli', role: 'supervisor', nameZh: '孙丽', bodyId: 'gov-qh' };
const officeHead: Actor = { userId: 'bench-zhaoqiang', role: 'officeHead', nameZh: '赵强', bodyId: 'gov-xn' };

/** A deterministic pseudo-random mix, so both sizes and every run seed the same shape. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20261124);

function deadline(key: string, dueDate: string, flags: Partial<Deadline>): Deadline {
  return {
    key,
    ruleId: `rc.${key}`,
    labelZh: key === 'decision' ? '作出行政复议决定期限' : '受理审查期限',
    article: '《行政复议法》',
    responsible: 'body',
    startEventZh: '受理行政复议申请',
    startDate: '2026-01-05',
    dueDate,
    warnOn: dueDate,
    computation: { provisional: false } as Deadline['computation'],
    explanationZh: '',
    status: 'open',
    ...flags,
  };
}

function syntheticCase(i: number): CaseEnvelope {
  const r = random();
  const overdue = r < 0.02;
  const warned = !overdue && r < 0.07;
  const closed = !overdue && !warned && r > 0.7;
  const stage = closed
    ? 'closed'
    : (['acceptanceReview', 'awaitingCorrection', 'underReview'][i % 3] as string);
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  return {
    id,
    version: 3,
    procedure: 'reconsideration',
    caseNumber: `基准 2026年第${String(i).padStart(6, '0')}号`,
    status: closed ? 'closed' : 'open',
    stage,
    bodyId: bodyIds[Math.floor(random() * bodyIds.length)] as string,
    bodyNameZh: '基准机关',
    parties: [{ role: 'applicant', userId: `bench-user-${i % 5000}`, nameZh: '申请人' }],
    deadlines: closed
      ? {}
      : {
          decision: deadline('decision', overdue ? `2026-02-${day}` : `2026-04-${day}`, { overdue, warned }),
        },
    filedAt: `2026-01-${day}T02:00:00.000Z`,
    updatedAt: '2026-03-01T02:00:00.000Z',
  };
}

let seeded = 0;
async function seedTo(total: number) {
  const t0 = performance.now();
  const next = () => (seeded < total ? seeded++ : undefined);
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      for (let i = next(); i !== undefined; i = next()) {
        const state = syntheticCase(i);
        const summary = listSummary(state, {
          applicantNameZh: '申请人',
          subjectZh: '行政处罚决定书',
          late: false,
        });
        await rt.store.writeListItems(state, summary, []);
      }
    }),
  );
  return performance.now() - t0;
}

async function measure(actor: Actor, label: string) {
  const latencies: number[] = [];
  let returned = 0;
  let read = 0;
  let requests = 0;
  let pages = 0;
  let cursor: string | undefined;
  do {
    const t0 = performance.now();
    const page = await listCases(rt, actor, {
      view: 'overdue',
      limit: pageSize,
      ...(cursor ? { cursor } : {}),
    });
    latencies.push(performance.now() - t0);
    returned += page.items.length;
    read += page.stats.itemsRead;
    requests += page.stats.requests;
    pages++;
    cursor = page.cursor;
  } while (cursor);
  latencies.sort((a, b) => a - b);
  const ratio = returned === 0 ? 1 : read / returned;
  const ms = (x: number | undefined) => (x ?? 0).toFixed(1);
  console.log(
    `  ${label.padEnd(26)} returned ${String(returned).padStart(6)}  read ${String(read).padStart(6)}  ` +
      `read/returned ${ratio.toFixed(3)}  requests ${requests} for ${pages} pages  ` +
      `page ms min/median/max ${ms(latencies[0])}/${ms(latencies[Math.floor(latencies.length / 2)])}/${ms(latencies.at(-1))}`,
  );
  return ratio;
}

const ratios: number[] = [];
for (const size of sizes) {
  const seedMs = await seedTo(size);
  console.log(`${size} cases (seeded ${(seedMs / 1000).toFixed(1)} s; overdue list, ${pageSize} per page):`);
  ratios.push(await measure(supervisor, 'supervisor (province)'));
  ratios.push(await measure(officeHead, 'office head (one city)'));
}
await system.stop();
const worst = Math.max(...ratios);
console.log(
  `worst items read per item returned: ${worst.toFixed(3)} (goal ≤ 1.1, flat from ${sizes[0]} to ${sizes[1]})`,
);
console.log(
  JSON.stringify({
    metric: 'lists_items_read_per_item_returned',
    value: Number(worst.toFixed(3)),
    goal: '<= 1.1',
  }),
);
