import { linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StartupError } from './startup-error';

/**
 * What the local runtime checks before it starts anything (the ASL engine, dynalite, the
 * reconciler): that its port is free and that its data folder is usable, unclaimed and intact.
 * Each failure is a StartupError: `npm start` prints its one Chinese line and exits 1.
 */

const codeOf = (err: unknown) => (err as NodeJS.ErrnoException | undefined)?.code;

/** A port-in-use or permission error from listen, in words; anything else unchanged. */
export function portError(port: number, err: unknown): unknown {
  if (codeOf(err) === 'EADDRINUSE')
    return new StartupError(
      `端口 ${port} 已被占用（可能已有一个本地运行时在运行）。请停止占用该端口的程序，或用 PORT 指定其他端口后重新启动。`,
    );
  if (codeOf(err) === 'EACCES')
    return new StartupError(`没有权限监听端口 ${port}。请用 PORT 指定1024以上的端口后重新启动。`);
  return err;
}

/** Refuses a port another program listens on, before anything is started (0 = any free port). */
export async function checkPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (err) => reject(portError(port, err)));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** The data folder, claimed by this process until release(). */
export interface DataFolderClaim {
  readonly path: string;
  /** Gives the folder back (removes the lock file, if it is still this process's). */
  release(): void;
}

interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
}

const lockFileName = 'runtime.lock';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return codeOf(err) === 'EPERM';
  }
};

const readHolder = (file: string): LockHolder | undefined => {
  try {
    const h = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    return Number.isSafeInteger(h.pid) && typeof h.host === 'string' && typeof h.startedAt === 'string'
      ? (h as LockHolder)
      : undefined;
  } catch (err) {
    if (codeOf(err) === 'ENOENT') throw err;
    // Unreadable content: a lock file cut short by a crash (it is written whole, then linked).
    return undefined;
  }
};

/**
 * Takes the lock file of the data folder: created whole in one step (written aside, then
 * hard-linked into place, which fails if the file exists). A lock whose process is gone (a
 * crash, kill -9) is stale and taken over; a living holder is a second runtime, refused.
 */
function lockDataFolder(dataDir: string): () => void {
  const lock = join(dataDir, lockFileName);
  const mine: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const aside = `${lock}.${process.pid}.tmp`;
  writeFileSync(aside, JSON.stringify(mine));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(aside, lock);
        break;
      } catch (err) {
        if (codeOf(err) !== 'EEXIST' || attempt >= 5) throw err;
      }
      let holder: LockHolder | undefined;
      try {
        holder = readHolder(lock);
      } catch {
        continue; // released meanwhile: try again
      }
      if (holder && holder.host !== mine.host)
        throw new StartupError(
          `数据目录 ${dataDir} 已被另一台主机 ${holder.host} 上的本地运行时（进程 ${holder.pid}）锁定，无法确认它是否仍在运行。如确认它已停止，请删除 ${lock} 后重新启动。`,
        );
      if (holder && isAlive(holder.pid))
        throw new StartupError(
          `数据目录 ${dataDir} 正由另一个本地运行时使用（进程 ${holder.pid}，${holder.startedAt} 启动）。同一数据目录只能运行一个实例：请先停止它，或用 DATA_DIR 指定另一个目录（如确认该进程不是本地运行时，可删除 ${lock}）。`,
        );
      // Stale: move it out of the way under a name of our own, then check that what was moved
      // is the stale lock just read (not a fresh one another starter wrote meanwhile).
      const stale = `${lock}.${process.pid}.stale`;
      try {
        renameSync(lock, stale);
      } catch (err) {
        if (codeOf(err) === 'ENOENT') continue;
        throw err;
      }
      const moved = readHolder(stale);
      if (holder && moved && JSON.stringify(moved) !== JSON.stringify(holder)) {
        // Someone else's fresh lock: put it back (or leave theirs if yet another one is there).
        try {
          linkSync(stale, lock);
        } catch {}
      }
      unlinkSync(stale);
    }
  } finally {
    unlinkSync(aside);
  }
  return () => {
    try {
      const holder = readHolder(lock);
      if (holder?.pid === mine.pid && holder.startedAt === mine.startedAt) unlinkSync(lock);
    } catch {
      // Already gone.
    }
  };
}

/**
 * Opens dynalite's LevelDB folder once, with the same `level` module dynalite will use, to
 * find what would otherwise crash the process later with a raw stack trace: a database held by
 * another process, or damaged files.
 */
async function checkDatabase(dataDir: string, path: string): Promise<void> {
  try {
    if (!statSync(path).isDirectory())
      throw new StartupError(`数据目录 ${dataDir} 中的 ${path} 不是目录。请将其移走后重新启动。`);
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return; // a fresh folder: dynalite creates the database
    throw err;
  }
  const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
  const { Level } = fromDynalite('level') as {
    Level: new (path: string, options: object) => { open(o: object): Promise<void>; close(): Promise<void> };
  };
  const db = new Level(path, { valueEncoding: 'json' });
  try {
    await db.open({ createIfMissing: false });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    if (cause === 'LEVEL_LOCKED')
      throw new StartupError(
        `数据目录 ${dataDir} 中的数据库正被另一个进程打开。请先停止该进程（例如另一个本地运行时），再重新启动。`,
      );
    throw new StartupError(
      `数据目录 ${dataDir} 中的数据库已损坏，无法打开（${cause ?? codeOf(err) ?? '未知错误'}）。请从备份恢复该目录，或用 DATA_DIR 指定一个新目录后重新启动。`,
    );
  }
  await db.close();
}

/**
 * Claims the data folder before anything else opens it: creates it if missing, takes its lock
 * file, and checks that the database in it can be opened. Released by the system's stop().
 */
export async function claimDataFolder(dataDir: string, databasePath: string): Promise<DataFolderClaim> {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw new StartupError(
      `无法使用数据目录 ${dataDir}（${codeOf(err) ?? String(err)}）：它不是目录，或没有写权限。请用 DATA_DIR 指定一个可写的目录后重新启动。`,
    );
  }
  let release: () => void;
  try {
    release = lockDataFolder(dataDir);
  } catch (err) {
    if (err instanceof StartupError) throw err;
    throw new StartupError(
      `无法在数据目录 ${dataDir} 中建立锁文件 ${lockFileName}（${codeOf(err) ?? String(err)}）。请检查该目录的写权限后重新启动。`,
    );
  }
  try {
    await checkDatabase(dataDir, databasePath);
  } catch (err) {
    release();
    throw err;
  }
  return { path: dataDir, release };
}

/**
 * Opens one data file of the folder (its reader throws what it cannot read): a file system error
 * — a folder in its place, no permission — becomes a StartupError naming the file.
 */
export function openDataFile<T>(file: string | undefined, open: () => T): T {
  try {
    return open();
  } catch (err) {
    const code = codeOf(err);
    if (!code || err instanceof StartupError) throw err;
    const path = (err as NodeJS.ErrnoException).path ?? file;
    throw new StartupError(`无法读写数据文件 ${path}（${code}）。请检查或移走该文件后重新启动。`);
  }
}
