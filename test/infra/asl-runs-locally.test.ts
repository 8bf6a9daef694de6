import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { aslFromTemplate } from '../../infra/asl';
import { type LocalSystem, startLocalSystem } from '../../infra/local/system';
import { ApiClient, beforeSpringFestival2026, fineApplication } from '../support/local-system';
import { synthesizedStack } from '../support/synthesized-stack';

/**
 * Proof that local runs what AWS runs: the state machine definition is taken from the
 * synthesized CloudFormation template (placeholders intact), given to the local engine, and a
 * case is carried through deemed acceptance on it. The local system runs exactly the ASL it is
 * given: a broken one stops start-up.
 */
let system: LocalSystem;
let definition: string;
beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
  ({ definition } = aslFromTemplate((await synthesizedStack()).template));
  const dir = mkdtempSync(join(tmpdir(), 'ajc-synth-asl-'));
  writeFileSync(join(dir, 'synthesized.asl.json'), definition);
  system = await startLocalSystem({
    dataDir: dir,
    startAt: beforeSpringFestival2026,
    aslPath: join(dir, 'synthesized.asl.json'),
  });
});
afterAll(async () => {
  await system?.stop();
});

describe('the synthesized state machine on the local engine', () => {
  it('waits in acceptance review and deems the application accepted when the clock passes 24 Feb 2026', async () => {
    const anonymous = new ApiClient(system.url);
    const applicant = await anonymous.signIn('zhangsan');
    const filed = (await applicant.file(fineApplication())).body;
    await system.workflow.settle();
    expect(system.workflow.waitingCount).toBe(1);
    const admin = await anonymous.signIn('admin');
    await admin.post('/local/clock', { advanceDays: 15 });
    const c = (await applicant.get(`/v1/cases/${filed.id}`)).body;
    expect(c.stage).toBe('underReview');
    expect(c.acceptedOn).toBe('2026-02-24');
  });

  it('records the live execution on the case, and a wake costs three transitions', async () => {
    const anonymous = new ApiClient(system.url);
    const applicant = await anonymous.signIn('zhangsan');
    const filed = (await applicant.file(fineApplication())).body;
    await system.workflow.settle();
    const link = await system.store.getWorkflowLink(filed.id);
    expect(link).toMatchObject({ stage: 'acceptanceReview', taskToken: expect.any(String) });
    const executionId = link?.executionId as string;
    expect(await system.workflow.isRunning(executionId)).toBe(true);
    // Plan → Route → AwaitAction
    expect(system.workflow.transitions(executionId)).toBe(3);
    const admin = await anonymous.signIn('admin');
    await admin.post('/local/clock', { advanceHours: 1 });
    expect(system.workflow.transitions(executionId)).toBe(6);
  });
});

describe('start-up runs exactly the ASL it is given', () => {
  /** Writes a variant of the synthesized definition and tries to start a system on it. */
  const startWith = async (mutate: (asl: { States: Record<string, Record<string, unknown>> }) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'ajc-broken-asl-'));
    const asl = JSON.parse(definition);
    mutate(asl);
    const aslPath = join(dir, 'broken.asl.json');
    writeFileSync(aslPath, JSON.stringify(asl));
    return { dir, aslPath, started: startLocalSystem({ dataDir: dir, aslPath }) };
  };

  it('refuses a Route whose Default names a missing state, naming the file and the target', async () => {
    const { aslPath, started } = await startWith((asl) => {
      (asl.States.Route as { Default: string }).Default = 'Nowhere';
    });
    await expect(started).rejects.toThrow(`cannot run ${aslPath}`);
    await expect(started).rejects.toThrow(/MISSING_TRANSITION_TARGET.*Nowhere/);
  });

  it('refuses a Task whose FunctionName is a substitution no workflow function provides', async () => {
    const { started } = await startWith((asl) => {
      (asl.States.Plan as { Parameters: { FunctionName: string } }).Parameters.FunctionName =
        `\${ReviewFunctionArn}`;
    });
    await expect(started).rejects.toThrow(/placeholders without a substitution: ReviewFunctionArn/);
  });

  it('refuses a Task that names no known handler, before opening anything in the data folder', async () => {
    const { dir, started } = await startWith((asl) => {
      (asl.States.AwaitAction as { Parameters: { FunctionName: string } }).Parameters.FunctionName =
        'arn:aws:lambda:cn-north-1:000000000000:function:Elsewhere';
    });
    await expect(started).rejects.toThrow(/task state AwaitAction: no handler for FunctionName .*Elsewhere/);
    // The ASL is checked before dynalite opens the folder (a stray opener would hold it).
    expect(existsSync(join(dir, 'dynamo'))).toBe(false);
  });
});
