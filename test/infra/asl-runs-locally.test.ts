import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { aslFromTemplate } from '../../infra/asl';
import { type LocalSystem, startLocalSystem } from '../../infra/local/system';
import { CaseSystemStack, projectRoot } from '../../infra/stack';
import { ApiClient, beforeSpringFestival2026, fineApplication } from '../support/local-system';

/**
 * Proof that local runs what AWS runs: the state machine definition is taken from the
 * synthesized CloudFormation template (placeholders intact), given to the local engine, and a
 * case is carried through deemed acceptance on it.
 */
let system: LocalSystem;
beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
  const cdkJson = JSON.parse(readFileSync(join(projectRoot, 'cdk.json'), 'utf8')) as { context?: object };
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  const stack = new CaseSystemStack(app, 'AdminJusticeCases', { projectRoot });
  const { definition } = aslFromTemplate(Template.fromStack(stack).toJSON());
  const dir = mkdtempSync(join(tmpdir(), 'ajc-synth-asl-'));
  writeFileSync(join(dir, 'synthesized.asl.json'), definition);
  system = await startLocalSystem({
    dataDir: dir,
    startAt: beforeSpringFestival2026,
    aslPath: join(dir, 'synthesized.asl.json'),
  });
}, 30_000);
afterAll(async () => {
  await system.stop();
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
  }, 30_000);
});
