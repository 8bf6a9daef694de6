import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { StartupError } from '../../infra/local/startup-error';
import { startLocalSystem } from '../../infra/local/system';
import { ApiClient } from '../support/local-system';
import { type RuntimeProcess, spawnRuntime } from '../support/runtime-process';

/**
 * Start-up refuses what it cannot run on before it starts anything: a port in use, a data
 * folder another runtime uses, a damaged data file. `npm start` then prints one Chinese line
 * (no stack trace) and exits 1; a lock left by a crashed runtime does not block the next one.
 */
const runtimes: RuntimeProcess[] = [];
const blockers: Server[] = [];
afterAll(async () => {
  await Promise.all(runtimes.map((r) => r.stop('SIGKILL')));
  await Promise.all(blockers.map((b) => new Promise((r) => b.close(r))));
});

const freshDataDir = () => mkdtempSync(join(tmpdir(), 'ajc-startup-'));
const run = (env: Record<string, string>) => {
  const runtime = spawnRuntime({ PORT: '0', ...env });
  runtimes.push(runtime);
  return runtime;
};

/** What `npm start` printed on a refused start: exit 1, and one Chinese line without a stack trace. */
async function refusal(runtime: RuntimeProcess): Promise<string> {
  const { code, stderr, stdout } = await runtime.exited;
  const lines = stderr.split('\n').filter((l) => l.trim());
  expect({ code, lines: lines.length, stdout }).toEqual({ code: 1, lines: 1, stdout: '' });
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(lines[0]).toMatch(/[\u4e00-\u9fff]/);
  return lines[0] as string;
}

/** A port some other program listens on. */
async function portInUse(): Promise<number> {
  const blocker = createServer();
  blockers.push(blocker);
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
  return (blocker.address() as { port: number }).port;
}

describe('npm start refuses, in one line, before anything starts', () => {
  it('a port already in use, leaving the data folder untouched', async () => {
    const port = await portInUse();
    const dataDir = freshDataDir();
    const line = await refusal(run({ PORT: String(port), DATA_DIR: dataDir }));
    expect(line).toContain(`端口 ${port} 已被占用`);
    expect(line).toContain('PORT');
    // Checked first: no database, no lock, nothing written.
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('a second runtime on the same data folder, while the first keeps serving; after a crash the next one starts', async () => {
    const dataDir = freshDataDir();
    const first = run({ DATA_DIR: dataDir, START_AT: '2026-02-10T10:00:00+08:00' });
    const url = await first.ready;

    const line = await refusal(run({ DATA_DIR: dataDir }));
    expect(line).toContain(`数据目录 ${dataDir} 正由另一个本地运行时使用（进程 ${first.child.pid}`);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const applicant = await new ApiClient(url).signIn('zhangsan');
    expect((await applicant.get('/v1/cases?view=mine')).status).toBe(200);

    // kill -9 leaves its lock behind; the pid in it is dead, so the next runtime takes it over.
    await first.stop('SIGKILL');
    expect(JSON.parse(readFileSync(join(dataDir, 'runtime.lock'), 'utf8')).pid).toBe(first.child.pid);
    const next = run({ DATA_DIR: dataDir });
    await next.ready;
    expect(JSON.parse(readFileSync(join(dataDir, 'runtime.lock'), 'utf8')).pid).toBe(next.child.pid);

    // Stopped properly (Ctrl+C), a runtime gives the folder back.
    await next.stop('SIGINT');
    expect((await next.exited).code).toBe(0);
    expect(existsSync(join(dataDir, 'runtime.lock'))).toBe(false);
  });

  it('a damaged database in the data folder, which used to crash the process later', async () => {
    const dataDir = freshDataDir();
    const first = run({ DATA_DIR: dataDir });
    await first.ready;
    await first.stop('SIGTERM');
    const database = join(dataDir, 'dynamo');
    for (const f of readdirSync(database).filter((n) => n.startsWith('MANIFEST-')))
      writeFileSync(join(database, f), 'not a leveldb manifest');

    const line = await refusal(run({ DATA_DIR: dataDir }));
    expect(line).toContain(`数据目录 ${dataDir} 中的数据库已损坏`);
    expect(line).toContain('DATA_DIR');
    expect(existsSync(join(dataDir, 'runtime.lock'))).toBe(false);
  });
});

describe('start-up refuses damaged or unusable data files, and gives the folder back', () => {
  const refusedWith = async (dataDir: string) => {
    const error = await startLocalSystem({ dataDir }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(StartupError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    // Nothing kept: neither the lock nor a database opened on the refused folder.
    expect(existsSync(join(dataDir, 'runtime.lock'))).toBe(false);
    expect(existsSync(join(dataDir, 'dynamo'))).toBe(false);
    return message;
  };

  it('an empty clock file', async () => {
    const dataDir = freshDataDir();
    writeFileSync(join(dataDir, 'clock.json'), '');
    expect(await refusedWith(dataDir)).toContain(`演示时钟文件 ${join(dataDir, 'clock.json')} 已损坏`);
  });

  it('a sign-in secret cut short', async () => {
    const dataDir = freshDataDir();
    writeFileSync(join(dataDir, 'jwt-secret'), 'short');
    expect(await refusedWith(dataDir)).toContain(`登录密钥文件 ${join(dataDir, 'jwt-secret')} 已损坏`);
  });

  it('a data file that is a folder', async () => {
    const dataDir = freshDataDir();
    mkdirSync(join(dataDir, 'outbox.jsonl'));
    expect(await refusedWith(dataDir)).toContain(
      `无法读写数据文件 ${join(dataDir, 'outbox.jsonl')}（EISDIR）`,
    );
  });

  it('a data folder that is a file', async () => {
    const file = join(freshDataDir(), 'not-a-folder');
    writeFileSync(file, '');
    const error = await startLocalSystem({ dataDir: file }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toContain(`无法使用数据目录 ${file}`);
  });
});
