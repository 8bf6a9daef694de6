import type { Actor } from '../domain/actors';
import type { CaseEnvelope } from '../domain/case';
import { documentAccess, formatsFor, type IssuedDocument, recipientNameFor } from '../domain/documents';
import { viewerOf } from '../domain/visibility';

/**
 * The documents of a case as `actor` may see them (GET /v1/cases/{id}/documents): only those they
 * may read, each with the formats they may download; a per-party copy names its recipient as the
 * visibility table lets the viewer see them.
 */
export function presentDocuments(
  actor: Actor,
  state: CaseEnvelope,
  issued: readonly IssuedDocument[],
  readerParty: string | undefined,
) {
  const viewer = viewerOf(actor, state);
  return issued.flatMap((d) => {
    const access = documentAccess(actor, state, d, readerParty);
    if (access === 'none') return [];
    return [
      {
        id: d.id,
        kind: d.kind,
        titleZh: d.titleZh,
        number: d.number,
        issuedOn: d.issuedOn,
        seq: d.seq,
        ...(d.recipient ? { recipientNameZh: recipientNameFor(viewer, d.recipient) } : {}),
        formats: [...formatsFor(access)],
      },
    ];
  });
}
