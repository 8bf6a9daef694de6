import type { IsoDate } from '../calendar/types';
import { bodiesUnder } from '../directory/agencies';
import type { OfficialDocument } from '../documents/model';
import type { Actor } from './actors';
import type { CaseEnvelope, CaseEvent } from './case';
import type { Decision } from './refusals';
import { type Subject, showName, type Viewer } from './visibility';

/**
 * The documents (法律文书) a case has issued, as its event log says: every notice and decision is
 * a function of the log, so the list is derived, never stored, and a document can be rendered
 * again at any time with the same text. A procedure says which of its events issue which
 * documents (e.g. shared/procedures/reconsideration/documents.ts); this file holds what every
 * procedure shares: the entry, who may read it and in which formats.
 */

/** The party a per-recipient notice goes to. */
export interface DocumentRecipient {
  /** The party as the procedure keys it: 'applicant', 'respondent', 'thirdParty:…'. */
  readonly party: string;
  /** The full name, as the document prints it (a list shows it through the visibility table). */
  readonly nameZh: string;
  readonly kind: 'person' | 'organisation';
  /** Whose personal data the name is, for the visibility table (absent: an agency). */
  readonly subject?: Subject;
}

/** One document a case has issued: one entry per document, and per recipient of a per-party notice. */
export interface IssuedDocument {
  /** Deterministic: `<seq>-<kind>` or `<seq>-<kind>-<recipient>` (the same log gives the same ids). */
  readonly id: string;
  /** The template's kind, e.g. 'acceptance', 'decision'. */
  readonly kind: string;
  readonly titleZh: string;
  /** The event that issued it. */
  readonly seq: number;
  readonly issuedOn: IsoDate;
  /** 宁政复受字〔2026〕12号 */
  readonly number: string;
  readonly recipient?: DocumentRecipient;
  /** The parties who may read it (the case's own staff and its supervisors always may). */
  readonly readers: readonly string[];
}

export type DocumentFormat = 'pdf' | 'docx';
export const documentFormats = ['pdf', 'docx'] as const satisfies readonly DocumentFormat[];

export const documentContentTypes: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** What a procedure tells the engine about its documents. */
export interface ProcedureDocuments<S extends CaseEnvelope = CaseEnvelope> {
  /** Every document the log has issued, in the order of the log. */
  issued(log: readonly CaseEvent[]): IssuedDocument[];
  /** One issued document as it was issued (its state is the case just after its event). */
  build(log: readonly CaseEvent[], id: string): OfficialDocument | undefined;
  /** The party `actor` reads as on the case (their own side), if any. */
  readerOf(state: S, actor: Actor): string | undefined;
  /** Drafts staff may preview now, by kind: the document marked 草稿, or why there is none. */
  readonly drafts?: Readonly<Record<string, (state: S, today: IsoDate) => Decision<OfficialDocument>>>;
}

/**
 * How `actor` may read a document of the case: the case's own staff (clerks and office head of
 * the body) in PDF and DOCX (to edit a copy); its supervisors in PDF; a party the document is
 * for in PDF, and their reading is recorded on the case; anyone else not at all.
 */
export type DocumentAccess = 'staff' | 'oversight' | 'party' | 'none';

export function documentAccess(
  actor: Actor,
  state: Pick<CaseEnvelope, 'bodyId'>,
  doc: Pick<IssuedDocument, 'readers'>,
  readerParty: string | undefined,
): DocumentAccess {
  switch (actor.role) {
    case 'clerk':
    case 'officeHead':
      return actor.bodyId === state.bodyId ? 'staff' : 'none';
    case 'supervisor':
      return actor.bodyId !== undefined && bodiesUnder(actor.bodyId).includes(state.bodyId)
        ? 'oversight'
        : 'none';
    case 'applicant':
    case 'respondent':
      // `readerParty` is the party the procedure found the person to be on this case, if any.
      return readerParty !== undefined && doc.readers.includes(readerParty) ? 'party' : 'none';
    default:
      return 'none';
  }
}

/** The formats each kind of reader gets: only staff edit, so only staff get DOCX. */
export const formatsFor = (access: DocumentAccess): readonly DocumentFormat[] =>
  access === 'staff' ? documentFormats : access === 'none' ? [] : ['pdf'];

/** Whose reading is recorded on the case (Art. 47 reading by a party, like the case's materials). */
export const readingIsRecorded = (access: DocumentAccess): boolean => access === 'party';

/** The seq of the event a document id names (`<seq>-…`), or undefined for an id of no event. */
export function seqOfDocumentId(id: string): number | undefined {
  const m = /^([1-9]\d{0,8})-/.exec(id);
  return m ? Number(m[1]) : undefined;
}

/** A recipient's name as `viewer` may see it in a list (the document itself names them in full). */
export function recipientNameFor(viewer: Viewer, r: DocumentRecipient): string {
  return r.subject ? showName(viewer, r.subject, r.nameZh, r.kind) : r.nameZh;
}

// ------------------------------------------------------------------------------ reading, as an event

/** A party read a document: which one, in which format, and what it was (for the timeline). */
export interface DocumentReadData {
  readonly documentId: string;
  readonly format: DocumentFormat;
  readonly titleZh: string;
  readonly number: string;
}

/** The engine's document events, by type: the same for every procedure. */
export interface DocumentEventData {
  readonly documentRead: DocumentReadData;
}
export const documentEventTypes = ['documentRead'] as const satisfies readonly (keyof DocumentEventData)[];
export type DocumentEventType = (typeof documentEventTypes)[number];

export const isDocumentEventType = (type: string): type is DocumentEventType =>
  (documentEventTypes as readonly string[]).includes(type);

export const documentEventLabelsZh: Readonly<Record<DocumentEventType, string>> = {
  documentRead: '查阅文书',
};

/**
 * Whether a document event is on the actor's timeline: a reading is on the staff's (the case's
 * own staff and its supervisors) and on the reader's own — who read what is the case's audit
 * trail, not news for the other side.
 */
export function documentEventVisible(
  actor: Actor,
  e: { readonly type: string; readonly actor: Actor },
): boolean {
  if (!isDocumentEventType(e.type)) return true;
  const staff = actor.role === 'clerk' || actor.role === 'officeHead' || actor.role === 'supervisor';
  return staff || e.actor.userId === actor.userId;
}
