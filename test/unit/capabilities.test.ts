import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Context } from 'aws-lambda';
import {
  type Capabilities,
  CapabilityError,
  type CapabilityTable,
  capabilities,
  restrictRuntime,
} from '../../infra/capabilities';
import type { OutgoingNotification } from '../../shared/ports';
import { installRuntime, invokeAs, type Runtime, runtime } from '../../shared/runtime';
import type { CaseStore } from '../../shared/store/case-store';

const none: Capabilities = {
  table: 'read',
  previewRecords: false,
  alerts: false,
  taskResults: false,
  executions: false,
  jobs: false,
  files: false,
  documents: false,
};
const notice: OutgoingNotification = {
  id: 'n1',
  at: '2026-02-10T02:00:00.000Z',
  recipient: 'u1',
  kind: 'caseFiled',
  subjectZh: '主题',
  bodyZh: '正文',
};

/** A full runtime of fakes that record what reached them. */
function fullRuntime() {
  const calls: string[] = [];
  const record =
    <T = undefined>(name: string, result?: T) =>
    async (..._args: unknown[]): Promise<T> => {
      calls.push(name);
      return result as T;
    };
  const store = {
    listCalendarYears: record('store.listCalendarYears', []),
    getWorkflowLink: record('store.getWorkflowLink', undefined),
    load: record('store.load', undefined),
    append: record('store.append'),
    putNotification: record('store.putNotification'),
    updateWorkflowLink: record('store.updateWorkflowLink'),
    advanceProjection: record('store.advanceProjection'),
    putCalendarPreview: record('store.putCalendarPreview', true),
    putCalendarJob: record('store.putCalendarJob'),
  } as unknown as CaseStore;
  const rt: Runtime = {
    store,
    clock: { now: () => new Date('2026-02-10T02:00:00Z') },
    workflow: {
      start: record<string>('workflow.start', 'exec-1'),
      resume: record('workflow.resume'),
      isRunning: record<boolean>('workflow.isRunning', true),
    },
    notifier: { deliver: record('notifier.deliver') },
    jobs: { enqueue: record('jobs.enqueue') },
    files: {
      presignUpload: record('files.presignUpload'),
      inspect: record('files.inspect'),
      copy: record('files.copy'),
      remove: record('files.remove'),
      presignDownload: record('files.presignDownload'),
      put: record('files.put'),
      get: record('files.get'),
    },
  };
  return { rt, calls };
}

describe('restrictRuntime: a port the row does not grant throws CapabilityError', () => {
  it('alerts: false → notifier.deliver fails with a message naming the function, the grant and the table', async () => {
    const { rt, calls } = fullRuntime();
    const restricted = restrictRuntime('directory', none, rt);
    const attempt = restricted.notifier.deliver(notice);
    await expect(attempt).rejects.toBeInstanceOf(CapabilityError);
    await expect(attempt).rejects.toThrow(
      "function 'directory' has no 'alerts' grant (infra/capabilities.ts): notifier.deliver",
    );
    expect(calls).toEqual([]);
  });

  it('alerts: true → the notifier itself', async () => {
    const { rt, calls } = fullRuntime();
    const restricted = restrictRuntime('cases', { ...none, alerts: true }, rt);
    expect(restricted.notifier).toBe(rt.notifier);
    await restricted.notifier.deliver(notice);
    expect(calls).toEqual(['notifier.deliver']);
  });

  it('table: read → reads pass, every writing method throws', async () => {
    const { rt, calls } = fullRuntime();
    const store = restrictRuntime('directory', none, rt).store;
    await expect(store.listCalendarYears()).resolves.toEqual([]);
    await expect(store.getWorkflowLink('c1')).resolves.toBeUndefined();
    for (const write of [
      () => store.append('c1', undefined, []),
      () => store.putNotification(notice),
      () => store.updateWorkflowLink('c1', { stage: 's' }),
      () => store.advanceProjection({} as never, 0),
    ]) {
      await expect(write()).rejects.toThrow(/function 'directory' has no 'table: readWrite' grant/);
    }
    expect(calls).toEqual(['store.listCalendarYears', 'store.getWorkflowLink']);
  });

  it('previewRecords: a read-only store that may also save a preview, and nothing else', async () => {
    const { rt, calls } = fullRuntime();
    const store = restrictRuntime('calendarPreview', { ...none, previewRecords: true }, rt).store;
    await expect(store.putCalendarPreview({} as never, 0)).resolves.toBe(true);
    await expect(store.append('c1', undefined, [])).rejects.toThrow(
      "function 'calendarPreview' has no 'table: readWrite' grant (infra/capabilities.ts): store.append",
    );
    await expect(store.putCalendarJob({} as never)).rejects.toThrow(/'table: readWrite' grant/);
    expect(calls).toEqual(['store.putCalendarPreview']);
  });

  it('table: none → every store method throws, reads naming the read grant', async () => {
    const { rt, calls } = fullRuntime();
    const store = restrictRuntime('contract', { ...none, table: 'none' }, rt).store;
    await expect(store.listCalendarYears()).rejects.toThrow(
      "function 'contract' has no 'table: read' grant (infra/capabilities.ts): store.listCalendarYears",
    );
    await expect(store.append('c1', undefined, [])).rejects.toThrow(
      "function 'contract' has no 'table: readWrite' grant",
    );
    expect(calls).toEqual([]);
  });

  it('table: readWrite → the store itself', () => {
    const { rt } = fullRuntime();
    expect(restrictRuntime('cases', { ...none, table: 'readWrite' }, rt).store).toBe(rt.store);
  });

  it('taskResults and executions guard resume and start/isRunning separately', async () => {
    const { rt, calls } = fullRuntime();
    const calendar = restrictRuntime('calendar', { ...none, taskResults: true }, rt).workflow;
    await calendar.resume('token', { caseId: 'c1' });
    await expect(calendar.start('c1', 'c1-1')).rejects.toThrow("has no 'executions' grant");
    await expect(calendar.isRunning('c1-1')).rejects.toThrow("has no 'executions' grant");
    const reconciler = restrictRuntime('reconciler', { ...none, executions: true }, rt).workflow;
    await expect(reconciler.start('c1', 'c1-1')).resolves.toBe('exec-1');
    await expect(reconciler.isRunning('c1-1')).resolves.toBe(true);
    await expect(reconciler.resume('token', {})).rejects.toThrow("has no 'taskResults' grant");
    expect(calls).toEqual(['workflow.resume', 'workflow.start', 'workflow.isRunning']);
    const cases = restrictRuntime('cases', { ...none, taskResults: true, executions: true }, rt);
    expect(cases.workflow).toBe(rt.workflow);
  });

  it('files: false → every FileStore method throws; files: true → the store itself', async () => {
    const { rt, calls } = fullRuntime();
    const denied = restrictRuntime('directory', none, rt).files;
    for (const attempt of [
      () => denied.presignUpload('uploads/u/x', { contentType: 'application/pdf', size: 1, sha256: 'a' }, 60),
      () => denied.inspect('uploads/u/x'),
      () => denied.copy('uploads/u/x', 'cases/c/files/x'),
      () => denied.remove('uploads/u/x'),
      () => denied.presignDownload('cases/c/files/x', 'a.pdf', 60),
      () => denied.put('cases/c/documents/x', new Uint8Array(), 'application/pdf'),
      () => denied.get('cases/c/documents/x'),
    ])
      await expect(attempt()).rejects.toThrow(
        /^function 'directory' has no 'files' grant \(infra\/capabilities.ts\): files\./,
      );
    expect(calls).toEqual([]);
    expect(restrictRuntime('cases', { ...none, files: true }, rt).files).toBe(rt.files);
  });

  it('documents: only inspect, put, get and signed downloads, only under cases/<id>/documents/', async () => {
    const { rt, calls } = fullRuntime();
    const files = restrictRuntime('documents', { ...none, documents: true }, rt).files;
    const key = 'cases/0f1e2d3c-0000-4000-8000-000000000001/documents/2-acceptance-applicant.pdf';
    await files.inspect(key);
    await files.put(key, new Uint8Array([1]), 'application/pdf');
    await files.get(key);
    await files.presignDownload(key, '受理通知书.pdf', 120);
    expect(calls).toEqual(['files.inspect', 'files.put', 'files.get', 'files.presignDownload']);
    for (const attempt of [
      () => files.inspect('cases/c1/files/x'),
      () => files.put('uploads/u/x', new Uint8Array(), 'application/pdf'),
      () => files.presignDownload('cases/c1/files/x', 'a.pdf', 60),
      () => files.get('cases/c1/documentsX/y'),
      () => files.presignUpload(key, { contentType: 'application/pdf', size: 1, sha256: 'a' }, 60),
      () => files.copy(key, 'cases/c1/documents/y'),
      () => files.remove(key),
    ])
      await expect(attempt()).rejects.toThrow(/^function 'documents' has no 'files' grant/);
    expect(calls).toHaveLength(4);
  });
});

describe('runtime(): inside invokeAs, the invoked function’s runtime', () => {
  type TaskHandler = (event: unknown, context: Context) => Promise<unknown>;
  let awaitAction: TaskHandler;
  const context = { functionName: 'AwaitActionFunctionArn' } as Context;
  const payload = { caseId: 'c1', stage: 'acceptanceReview', taskToken: 't1', executionId: 'c1' };

  beforeAll(async () => {
    process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
    ({ handler: awaitAction } = (await import('../../functions/workflow/await-action')) as {
      handler: TaskHandler;
    });
  });

  const install = (table: CapabilityTable) => {
    const { rt, calls } = fullRuntime();
    installRuntime(rt, (fn) => {
      const row = table[fn as keyof CapabilityTable];
      if (!row) throw new Error(`no row for ${fn}`);
      return restrictRuntime(fn, row, rt);
    });
    return { rt, calls };
  };

  it('a real handler invoked without the grant it needs fails with CapabilityError', async () => {
    const { calls } = install({ ...capabilities, AwaitActionFunctionArn: none });
    const attempt = invokeAs('AwaitActionFunctionArn', () => awaitAction(payload, context));
    await expect(attempt).rejects.toBeInstanceOf(CapabilityError);
    await expect(attempt).rejects.toThrow(
      "function 'AwaitActionFunctionArn' has no 'table: readWrite' grant (infra/capabilities.ts): store.updateWorkflowLink",
    );
    expect(calls).toEqual([]);
  });

  it('the same handler with today’s row succeeds', async () => {
    const { calls } = install(capabilities);
    await expect(invokeAs('AwaitActionFunctionArn', () => awaitAction(payload, context))).resolves.toEqual({
      recorded: true,
    });
    expect(calls).toEqual(['store.updateWorkflowLink']);
  });

  it('keeps the scope across awaits, lets a nested invocation run as itself, and is full outside any scope', async () => {
    const { rt } = install(capabilities);
    const seen = await invokeAs('directory', async () => {
      await new Promise((r) => setTimeout(r, 1));
      const outer = await runtime();
      const inner = await invokeAs('reconciler', () => runtime());
      const again = await runtime();
      return { outer, inner, again };
    });
    await expect(seen.outer.notifier.deliver(notice)).rejects.toThrow("function 'directory'");
    expect(seen.inner.workflow.start).not.toBe(seen.outer.workflow.start);
    await expect(seen.inner.workflow.start('c1', 'x')).resolves.toBe('exec-1');
    await expect(seen.again.notifier.deliver(notice)).rejects.toThrow("function 'directory'");
    expect(await runtime()).toBe(rt);
  });

  it('a function without a row cannot be invoked', async () => {
    install(capabilities);
    await expect(invokeAs('unknownFn', () => runtime())).rejects.toThrow('no row for unknownFn');
  });

  it('without per-function runtimes (as on AWS) invokeAs changes nothing', async () => {
    const { rt } = fullRuntime();
    installRuntime(rt);
    expect(await invokeAs('directory', () => runtime())).toBe(rt);
  });
});

describe('the table as decided', () => {
  it('gives the files bucket to the cases API alone (uploads, attachments, reading); no background function has it', () => {
    expect(
      Object.entries(capabilities)
        .filter(([, row]) => row.files)
        .map(([name]) => name),
    ).toEqual(['cases']);
  });

  it('gives the documents function the generated documents alone, and the table to record a reading', () => {
    expect(capabilities.documents).toEqual({ ...none, table: 'readWrite', documents: true });
    expect(
      Object.entries(capabilities)
        .filter(([, row]) => row.documents)
        .map(([name]) => name),
    ).toEqual(['documents']);
  });

  it('gives the function serving the API document nothing at all', () => {
    expect(capabilities.contract).toEqual({ ...none, table: 'none' });
  });
});
