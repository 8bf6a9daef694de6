import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Notifier, OutgoingNotification } from '../../shared/ports';

/**
 * Local stand-in for SNS: every notification is appended to outbox.jsonl (nothing is lost). A
 * notice's id is deterministic per event, so a repeated delivery (an effects run healing a crash)
 * is dropped here, as a subscriber would drop it by id.
 */
export class LocalOutbox implements Notifier {
  readonly delivered: OutgoingNotification[] = [];
  private readonly seen = new Set<string>();
  private readonly file: string | undefined;

  constructor(dataDir: string | undefined) {
    this.file = dataDir && join(dataDir, 'outbox.jsonl');
    if (this.file && existsSync(this.file))
      for (const line of readFileSync(this.file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          this.seen.add((JSON.parse(line) as OutgoingNotification).id);
        } catch {
          // A line cut short by a crash: the notice it held is delivered again by the next effects run.
        }
      }
  }

  async deliver(n: OutgoingNotification): Promise<void> {
    if (this.seen.has(n.id)) return;
    this.seen.add(n.id);
    this.delivered.push(n);
    if (this.file) appendFileSync(this.file, `${JSON.stringify(n)}\n`);
  }
}
