/**
 * Workflow cost in state transitions (what Step Functions Standard bills), measured on the
 * local engine running the committed ASL with the real handlers, dynalite and the HTTP API.
 *
 *   (A) a reconsideration case filed → correction requested → corrected → accepted, then 60 days
 *       of waiting with whatever warnings and alerts fall due;
 *   (B) an idle case left alone for 30 days (warnings, deemed acceptance, what follows).
 *
 * Printed per scenario: transitions per case, per timer firing, per action, and the days with
 * nothing due and how many transitions they cost. Goals: ≤ 3 transitions per timer firing, 0 on a
 * day when nothing is due, ≤ 40 for scenario A. The last line is one JSON object.
 *
 * How time passes — honestly. Moving the local clock (POST /local/clock) wakes every execution
 * (a wake costs Plan → Route → AwaitAction), so it cannot show what a quiet day costs. Here the
 * timers themselves fire: node:test's mock timers replace setTimeout and Date, so the engine's
 * own task timeouts (armed from TimeoutSecondsPath, exactly as the engine does it) fire when the
 * bench moves time. The bench moves time day by day (Beijing midnights) and stops exactly at each
 * instant a waiting task's timer is due (LocalWorkflow.nextTimerDueMs), so a Plan sees the clock
 * at that instant — as on AWS — and never two timers merged into one. Between moves, time stands
 * still until every execution is parked again (the local clock is Date.now() plus an offset, so
 * it moves with the mocked Date). Transitions are StateEntered events of each execution
 * (LocalWorkflow.transitions): the local engine has no counter of its own. Nothing is woken by
 * the bench: a day on which no timer fires and nobody acts must show 0.
 *
 *   npm run bench:workflow        (BENCH_N=10 cases per scenario by default; BENCH_N=3 in CI)
 */
import { mock } from 'node:test';
import { fineApplication } from '../test/support/fixtures';

process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
const { startLocalSystem } = await import('../infra/local/system');
type LocalSystem = Awaited<ReturnType<typeof startLocalSystem>>;

const N = Math.max(1, Math.floor(Number(process.env.BENCH_N ?? 10)));
const DAY_MS = 24 * 3600_000;
const HOUR_MS = 3600_000;
/** Mon 2 Mar 2026, 10:00 Beijing time (no public holiday nearby). */
const START = new Date('2026-03-02T10:00:00+08:00');
/** Midnight Beijing time that starts day 0 of a scenario. */
const DAY0 = new Date('2026-03-02T00:00:00+08:00').getTime();

const realSetTimeout = globalThis.setTimeout;
const pause = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));

/** The shared realistic application, with act dates a week before the scenario starts. */
const application = fineApplication({ act: { madeOn: '2026-02-24', learnedOn: '2026-02-26' } });

// ------------------------------------------------------------------------------------- HTTP

async function call(
  system: LocalSystem,
  token: string | undefined,
  method: string,
  path: string,
  body?: unknown,
) {
  const res = await fetch(`${system.url}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(method === 'POST' && path === '/v1/cases' ? { 'idempotency-key': `bench-${Math.random()}` } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  const parsed = text ? JSON.parse(text) : undefined;
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return parsed;
}

/** Signs in afresh (tokens live 12 h of the mocked clock). */
const signIn = async (system: LocalSystem, username: string): Promise<string> =>
  (await call(system, undefined, 'POST', '/local/sign-in', { username })).token;

// ------------------------------------------------------------------------------------- time

/** Every running execution parked in AwaitAction again (or ended), for a few polls in a row. */
async function quiesce(system: LocalSystem): Promise<void> {
  const deadline = performance.now() + 20_000;
  let stable = 0;
  while (performance.now() < deadline) {
    await pause(3);
    if (system.workflow.waitingCount >= system.workflow.runningCount) {
      if (++stable >= 4) return;
    } else stable = 0;
  }
  throw new Error('the workflow did not settle within 20 s');
}

interface Case {
  id: string;
  executionId: string;
  /** Transitions per scenario day. */
  perDay: Map<number, number>;
  /** Days on which a timer fired or someone acted. */
  busyDays: Set<number>;
  firings: { at: string; transitions: number; events: number; stage: string }[];
  actions: { action: string; transitions: number }[];
}

class Run {
  readonly cases: Case[] = [];
  private readonly offsetMs: number;

  constructor(readonly system: LocalSystem) {
    this.offsetMs = system.clock.now().getTime() - Date.now();
  }

  /** The local clock (what the handlers see), in ms. */
  localNow = () => Date.now() + this.offsetMs;
  day = (localMs = this.localNow()) => Math.floor((localMs - DAY0) / DAY_MS);

  private credit(c: Case, transitions: number) {
    if (transitions === 0) return;
    const d = this.day();
    c.perDay.set(d, (c.perDay.get(d) ?? 0) + transitions);
  }

  /** Moves time to `localTarget`, stopping at each Beijing midnight and at each timer that fires. */
  async advanceTo(localTarget: number): Promise<void> {
    while (this.localNow() < localTarget) {
      const midnight = DAY0 + (this.day() + 1) * DAY_MS;
      const due = this.system.workflow.nextTimerDueMs();
      const dueLocal = due === undefined ? Number.POSITIVE_INFINITY : due + this.offsetMs;
      const stop = Math.min(localTarget, midnight, dueLocal);
      const firing = this.cases.filter((c) => {
        const d = this.system.workflow.nextTimerDueMs(c.executionId);
        return d !== undefined && d + this.offsetMs <= stop;
      });
      const before = this.cases.map((c) => this.system.workflow.transitions(c.executionId));
      const versions = await Promise.all(
        firing.map(async (c) => (await this.system.store.load(c.id))?.version ?? 0),
      );
      mock.timers.tick(Math.max(0, stop - this.localNow()));
      if (firing.length) await quiesce(this.system);
      else await pause(1); // nothing due: give anything that might still move a chance to show
      for (const [i, c] of this.cases.entries()) {
        const delta = this.system.workflow.transitions(c.executionId) - (before[i] ?? 0);
        this.credit(c, delta);
        const f = firing.indexOf(c);
        if (f >= 0) {
          const state = await this.system.store.load(c.id);
          c.busyDays.add(this.day());
          c.firings.push({
            at: new Date(this.localNow()).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }),
            transitions: delta,
            events: (state?.version ?? 0) - (versions[f] ?? 0),
            stage: state?.stage ?? '?',
          });
        }
      }
    }
  }

  /** One action on every case; its transitions are counted as the action's. */
  async act(name: string, step: (c: Case) => Promise<void>): Promise<void> {
    for (const c of this.cases) {
      const before = this.system.workflow.transitions(c.executionId);
      await step(c);
      await quiesce(this.system);
      const delta = this.system.workflow.transitions(c.executionId) - before;
      this.credit(c, delta);
      c.busyDays.add(this.day());
      c.actions.push({ action: name, transitions: delta });
    }
  }

  async file(): Promise<void> {
    const token = await signIn(this.system, 'zhangsan');
    for (let i = 0; i < N; i++) {
      const filed = await call(this.system, token, 'POST', '/v1/cases', application);
      await quiesce(this.system);
      const link = await this.system.store.getWorkflowLink(filed.id);
      if (!link?.executionId) throw new Error(`case ${filed.id}: no execution recorded`);
      const c: Case = {
        id: filed.id,
        executionId: link.executionId,
        perDay: new Map(),
        busyDays: new Set([this.day()]),
        firings: [],
        actions: [],
      };
      this.cases.push(c);
      const t = this.system.workflow.transitions(c.executionId);
      this.credit(c, t);
      c.actions.push({ action: 'file', transitions: t });
    }
  }

  async action(username: string, command: (version: number) => Record<string, unknown>) {
    await this.act(String(command(0).action), async (c) => {
      const token = await signIn(this.system, username);
      const state = await this.system.store.load(c.id);
      await call(this.system, token, 'POST', `/v1/cases/${c.id}/actions`, command(state?.version ?? 0));
    });
  }
}

async function scenario(title: string, days: number, script: (run: Run) => Promise<void>) {
  const system = await startLocalSystem({ startAt: START });
  mock.timers.enable({ apis: ['setTimeout', 'Date'], now: Date.now() });
  const t0 = performance.now();
  const run = new Run(system);
  try {
    await script(run);
    await run.advanceTo(DAY0 + days * DAY_MS);
  } finally {
    mock.timers.reset();
  }
  const seconds = (performance.now() - t0) / 1000;
  const totals = run.cases.map((c) => [...c.perDay.values()].reduce((a, b) => a + b, 0));
  const perFiring = run.cases.flatMap((c) => c.firings.map((f) => f.transitions));
  const perAction = run.cases.flatMap((c) => c.actions.map((a) => a.transitions));
  let quietDays = 0;
  let quietDaysWithTransitions = 0;
  for (const c of run.cases)
    for (let d = 0; d < days; d++)
      if (!c.busyDays.has(d)) {
        quietDays++;
        if ((c.perDay.get(d) ?? 0) > 0) quietDaysWithTransitions++;
      }
  const first = run.cases[0] as Case;
  const finalStage = (await system.store.load(first.id))?.stage;
  await system.stop();

  console.log(`\n${title}`);
  console.log(
    `  cases: ${run.cases.length}, days: ${days}, ran in ${seconds.toFixed(1)} s, final stage: ${finalStage}`,
  );
  console.log(
    `  transitions per case: ${Math.max(...totals)} (min ${Math.min(...totals)}), of which actions ${first.actions
      .map((a) => `${a.action} ${a.transitions}`)
      .join(', ')}`,
  );
  console.log(
    `  timer firings per case: ${first.firings.length}; transitions per firing: max ${Math.max(0, ...perFiring)} (${first.firings
      .map((f) => f.transitions)
      .join(', ')})`,
  );
  for (const f of first.firings)
    console.log(`    ${f.at}  ${f.transitions} transitions, ${f.events} event(s) applied, stage ${f.stage}`);
  console.log(
    `  days with nothing due: ${quietDays / run.cases.length} per case; with transitions on them: ${quietDaysWithTransitions}`,
  );
  console.log(
    `  days with 0 transitions: ${run.cases.reduce((n, c) => n + (days - c.perDay.size), 0) / run.cases.length} of ${days} per case`,
  );
  return {
    total: Math.max(...totals),
    maxPerFiring: Math.max(0, ...perFiring, ...perAction),
    quietDaysWithTransitions,
    finalStage,
  };
}

const a = await scenario(
  `Scenario A — filed, correction requested, corrected, accepted, then 60 days of waiting (BENCH_N=${N})`,
  3 + 60, // days 0–62: accepted on day 2 at 10:00, then 60 days and more
  async (run) => {
    await run.file();
    await run.advanceTo(START.getTime() + HOUR_MS);
    await run.action('wangfang', (v) => ({
      action: 'requestCorrection',
      expectedVersion: v,
      items: [{ field: 'evidence', descriptionZh: '请提交行政处罚决定书复印件' }],
    }));
    await run.advanceTo(START.getTime() + DAY_MS);
    await run.action('zhangsan', (v) => ({
      action: 'submitCorrection',
      expectedVersion: v,
      answers: [{ field: 'evidence', textZh: '已上传决定书复印件' }],
    }));
    await run.advanceTo(START.getTime() + 2 * DAY_MS);
    await run.action('wangfang', (v) => ({ action: 'accept', expectedVersion: v, track: 'ordinary' }));
  },
);
if (a.finalStage !== 'underReview') throw new Error(`scenario A ended in ${a.finalStage}`);

const b = await scenario(`Scenario B — an idle case, 30 days (BENCH_N=${N})`, 30, async (run) => {
  await run.file();
});
if (b.finalStage !== 'underReview')
  throw new Error(`scenario B ended in ${b.finalStage} (expected deemed acceptance)`);

const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
console.log(
  `\ngoals: ≤ 3 per timer firing or action: ${met(Math.max(a.maxPerFiring, b.maxPerFiring) <= 3)}; ` +
    `0 on a day with nothing due: ${met(a.quietDaysWithTransitions + b.quietDaysWithTransitions === 0)}; ` +
    `scenario A ≤ 40: ${met(a.total <= 40)}`,
);
console.log(
  JSON.stringify({
    metric: 'workflow state transitions per case, scenario A (filed → correction → accepted → 60 days)',
    value: a.total,
    goal: '≤ 40 (and ≤ 3 per timer firing, 0 on a day when nothing is due)',
  }),
);
// middy arms its early-timeout timer with node:timers' setTimeout (not mocked) and clears it with
// the global clearTimeout (mocked while a scenario runs): those real 60 s timers would keep the
// process alive for a minute after the figures are out.
process.exit(0);
