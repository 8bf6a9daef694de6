import { type ChildProcess, spawn } from 'node:child_process';
import { projectRoot } from '../../infra/local/system';

export interface RuntimeProcess {
  readonly child: ChildProcess;
  /** The URL of its READY line; rejects if the process ends before it is ready. */
  readonly ready: Promise<string>;
  /** How the process ended, with everything it printed. */
  readonly exited: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
  /** Ends it with the signal (SIGKILL: as a crash would) and waits until it has. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `npm start`'s entry point as its own process, exactly as `npm start` runs it (one
 * process, no tsx wrapper, so a SIGKILL really kills the runtime).
 */
export function spawnRuntime(env: Record<string, string>): RuntimeProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, NODE_OPTIONS: '', POWERTOOLS_LOG_LEVEL: 'ERROR', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /READY (http:\/\/\S+)/.exec(stdout)?.[1];
      if (url) resolve(url);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    void exited.then(({ code }) =>
      reject(new Error(`runtime exited (${code}) before ready:\n${stdout}${stderr}`)),
    );
  });
  // A test that only looks at `exited` must not see an unhandled rejection from `ready`.
  ready.catch(() => {});
  return {
    child,
    ready,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
