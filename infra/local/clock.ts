import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import type { Clock } from '../../shared/ports';
import { StartupError } from './startup-error';

/** What clock.json holds: how far the demo clock runs ahead of real time. */
const clockFile = z.object({ offsetMs: z.number().int() });

/**
 * The local clock: real time plus an offset an administrator can move forward (for demos and
 * tests; it may start in the past, on a fresh data folder). The offset is kept in the data folder — written to a temporary file and renamed over
 * the old one, so a crash mid-write leaves the previous offset, never half a file — and a
 * restart does not turn time back.
 */
export class LocalClock implements Clock {
  private offsetMs = 0;
  private readonly file: string | undefined;

  constructor(dataDir: string | undefined, start?: Date) {
    this.file = dataDir && join(dataDir, 'clock.json');
    if (this.file && existsSync(this.file)) {
      let saved: unknown;
      try {
        saved = JSON.parse(readFileSync(this.file, 'utf8'));
      } catch {
        saved = undefined;
      }
      const parsed = clockFile.safeParse(saved);
      if (!parsed.success)
        throw new StartupError(
          `演示时钟文件 ${this.file} 已损坏，无法确定当前时间。请删除该文件（时钟将回到真实时间）或恢复备份后重新启动。`,
        );
      this.offsetMs = parsed.data.offsetMs;
    } else if (start) this.setTo(start);
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): Date {
    if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError('the clock only moves forward');
    this.offsetMs += ms;
    this.save();
    return this.now();
  }

  setTo(instant: Date): Date {
    const offset = instant.getTime() - Date.now();
    if (!Number.isSafeInteger(offset)) throw new RangeError('not a time');
    this.offsetMs = offset;
    this.save();
    return this.now();
  }

  private save() {
    if (!this.file) return;
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ offsetMs: this.offsetMs }));
    renameSync(temporary, this.file);
  }
}
