import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../../shared/ports';

/**
 * The local clock: real time plus an offset an administrator can move forward (for demos and
 * tests). The offset is kept in the data folder, so a restart does not turn time back.
 */
export class LocalClock implements Clock {
  private offsetMs = 0;
  private readonly file: string | undefined;

  constructor(dataDir: string | undefined, start?: Date) {
    this.file = dataDir && join(dataDir, 'clock.json');
    if (this.file && existsSync(this.file))
      this.offsetMs = JSON.parse(readFileSync(this.file, 'utf8')).offsetMs;
    else if (start) this.setTo(start);
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): Date {
    if (ms < 0) throw new RangeError('the clock only moves forward');
    this.offsetMs += ms;
    this.save();
    return this.now();
  }

  setTo(instant: Date): Date {
    this.offsetMs = instant.getTime() - Date.now();
    this.save();
    return this.now();
  }

  private save() {
    if (this.file) writeFileSync(this.file, JSON.stringify({ offsetMs: this.offsetMs }));
  }
}
