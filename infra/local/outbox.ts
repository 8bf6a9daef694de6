import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Notifier, OutgoingNotification } from '../../shared/ports';

/** Local stand-in for SNS: every notification is appended to outbox.jsonl (nothing is lost). */
export class LocalOutbox implements Notifier {
  readonly delivered: OutgoingNotification[] = [];
  constructor(private readonly dataDir: string | undefined) {}

  async deliver(n: OutgoingNotification): Promise<void> {
    this.delivered.push(n);
    if (this.dataDir) appendFileSync(join(this.dataDir, 'outbox.jsonl'), `${JSON.stringify(n)}\n`);
  }
}
