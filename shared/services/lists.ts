import * as z from 'zod/mini';
import { bodiesUnder } from '../directory/agencies';
import type { Actor } from '../domain/actors';
import { RefusalError } from '../http/problem';
import { presentSummary } from '../presenters/case-view';
import type { Runtime } from '../runtime';
import { listKeys } from '../store/lists';

export const listViews = ['mine', 'queue', 'respondent', 'committee', 'overdue', 'dueSoon'] as const;
export type ListView = (typeof listViews)[number];

export interface ListQuery {
  readonly view: ListView;
  readonly stage?: string;
  readonly limit: number;
  readonly cursor?: string;
}

const forbidden = () => new RefusalError({ code: 'auth.forbidden', messageZh: '您的角色不能查看此列表' });

/**
 * The list keys a person may read for a view, in order, and whether newest comes first. Access
 * is the key itself: a person can only ever name lists of their own user, agency or bodies.
 */
function listsFor(
  actor: Actor,
  q: ListQuery,
): { keys: string[]; newestFirst: boolean; index?: 'stageQueues' } {
  const ownBody = actor.bodyId;
  const staff = actor.role === 'clerk' || actor.role === 'officeHead';
  switch (q.view) {
    case 'mine':
      if (actor.role !== 'applicant') throw forbidden();
      return { keys: [listKeys.mine(actor.userId)], newestFirst: true };
    case 'queue':
      if (!staff || !ownBody) throw forbidden();
      return q.stage
        ? { keys: [listKeys.queue(ownBody, q.stage)], newestFirst: false, index: 'stageQueues' }
        : { keys: [listKeys.queue(ownBody)], newestFirst: false };
    case 'respondent':
      if (actor.role !== 'respondent' || !actor.agencyId) throw forbidden();
      return { keys: [listKeys.respondent(actor.agencyId)], newestFirst: true };
    case 'committee':
      if (actor.role !== 'committeeMember') throw forbidden();
      return { keys: [listKeys.committee(actor.userId)], newestFirst: true };
    case 'overdue':
    case 'dueSoon': {
      const key = q.view === 'overdue' ? listKeys.overdue : listKeys.dueSoon;
      if (actor.role === 'supervisor' && ownBody)
        return { keys: bodiesUnder(ownBody).map(key), newestFirst: false };
      if ((actor.role === 'officeHead' || (q.view === 'dueSoon' && actor.role === 'clerk')) && ownBody)
        return { keys: [key(ownBody)], newestFirst: false };
      throw forbidden();
    }
  }
}

const cursorSchema = z.object({
  b: z.number().check(z.int(), z.minimum(0)),
  k: z.optional(z.record(z.string(), z.unknown())),
});
type Cursor = z.infer<typeof cursorSchema>;

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decodeCursor(raw: string | undefined): Cursor {
  if (!raw) return { b: 0 };
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
  } catch {
    throw new RefusalError({
      code: 'request.invalid',
      messageZh: '翻页标记无效，请从第一页重新查看',
      fields: [{ path: 'cursor', messageZh: '翻页标记无效' }],
    });
  }
}

/**
 * One page of a list: one paginated Query per list key (one per visible body), in turn, reading
 * only the rows it returns. `cursor` continues where the last page stopped.
 */
export async function listCases(rt: Runtime, actor: Actor, q: ListQuery) {
  const { keys, newestFirst, index } = listsFor(actor, q);
  const from = decodeCursor(q.cursor);
  const rows = [];
  let requests = 0;
  let itemsRead = 0;
  let at = from.b;
  let start = from.k;
  let next: Cursor | undefined;
  while (at < keys.length) {
    const remaining = q.limit - rows.length;
    if (remaining === 0) {
      next = { b: at, ...(start ? { k: start } : {}) };
      break;
    }
    const page = await rt.store.listPage(keys[at] as string, { limit: remaining, start, newestFirst, index });
    requests++;
    itemsRead += page.scanned;
    rows.push(...page.items);
    if (page.next) start = page.next;
    else {
      at++;
      start = undefined;
    }
  }
  return {
    items: rows.map((s) => presentSummary(actor, s)),
    ...(next ? { cursor: encodeCursor(next) } : {}),
    stats: { requests, itemsRead },
  };
}
