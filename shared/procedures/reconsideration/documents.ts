import { formatDateZh, shanghaiDate } from '../../calendar/time';
import type { IsoDate } from '../../calendar/types';
import { agencyById } from '../../directory/agencies';
import type { OfficialDocument } from '../../documents/model';
import { chineseCount } from '../../documents/numerals';
import {
  type AcceptedCase,
  type CaseOpening,
  type DecisionFields,
  type ReconsiderationDocumentFields,
  type ReconsiderationDocumentKind,
  reconsiderationTemplates,
  type SuspensionGround as SuspensionGroundOfTemplate,
  type TerminationGround as TerminationGroundOfTemplate,
} from '../../documents/reconsideration';
import {
  buildDocument,
  type CaseParties,
  type DocumentInput,
  type Party,
  periodZh,
} from '../../documents/template';
import type { Actor } from '../../domain/actors';
import type { CaseEvent as AnyEvent } from '../../domain/case';
import type { DocumentRecipient, IssuedDocument, ProcedureDocuments } from '../../domain/documents';
import { seqOfDocumentId } from '../../domain/documents';
import { evolve as foldEvent } from '../../domain/fold';
import { maskAddressForDisplay, maskNameForDisplay } from '../../domain/masks';
import { type Decision, ok, refuse } from '../../domain/refusals';
import { type Level, type Subject, type Viewer, visibilityTable } from '../../domain/visibility';
import { type DecisionType, formatDocumentNumber } from './review/decision';
import { actingFor, activeAgents, type PartyKey, partyKeys, type ThirdPartyDetails } from './review/parties';
import type { SuspensionGround, TerminationGround } from './review/suspension';
import { reconsiderationTimeLimits } from './rules';
import type { CaseEvent, CaseState } from './types';
import { refusalReasonsZh } from './types';

/**
 * Which documents (法律文书) each event of a reconsideration case issues, and what they say: the
 * templates of shared/documents/reconsideration filled from the case as it stood just after the
 * event and from the event's data. Pure: the same log gives the same documents, word for word.
 *
 * - 受理通知书 to the applicant on acceptance (a deemed acceptance, Art. 30, issues none: the body
 *   did not act), and 提出答复通知书 to the respondent with the copy of the application;
 * - 不予受理决定书 and 补正通知书 to the applicant;
 * - 参加行政复议通知书 to a third party when the body admits them (invited or on their application);
 * - 听证通知书 (scheduled or postponed), 中止 / 恢复审理通知书 and 延期审理通知书 to each party, one
 *   copy each;
 * - 终止行政复议决定书 (on termination, an unresolved suspension, or an approved withdrawal — Art.
 *   41(1)(1)), 行政复议调解书 and 行政复议决定书, listing the parties, to all of them.
 *
 * Numbers. A decision carries the number the body allocated when it was approved (its own
 * gapless series, 宁政复决字〔2026〕1号). A notice carries the body's prefix, a character for its
 * kind and the case's own serial in the year of its case number (西宁市人民政府 2026年第000012号 →
 * 宁政复受字〔2026〕12号), so a notice's number names its case without a counter of its own; the
 * copies of a per-party notice share it, and a second notice of one kind on a case (a second
 * suspension) shares it too — its date tells them apart. The 调解书 carries no allocated number in
 * its event, so it is numbered like a notice (宁政复调字〔2026〕12号).
 *
 * Personal data. The documents are the official record and name every party in full. Where a
 * document lists the parties with their details (decisions), those details are shown as the
 * visibility table lets every reader of the document see them (shared/domain/visibility.ts): a
 * natural person's address appears as each other party may see it.
 */

/** The character of each kind in a notice's number (宁政复受字…); decisions are numbered apart. */
const numberCharZh: Record<Exclude<ReconsiderationDocumentKind, 'decision'>, string> = {
  acceptance: '受',
  refusal: '不受',
  correction: '补',
  replyNotice: '答',
  thirdPartyNotice: '参',
  hearingNotice: '听',
  suspension: '中',
  resumption: '恢',
  termination: '终',
  extension: '延',
  mediation: '调',
};

/** 西宁市人民政府 2026年第000012号 → { year: 2026, serial: 12 } (shared/services/cases.ts formatCaseNumber). */
export function caseSerialOf(caseNumber: string): { year: number; serial: number } {
  const m = /(\d{4})年第(\d+)号$/.exec(caseNumber);
  if (!m) throw new Error(`not a case number: ${caseNumber}`);
  return { year: Number(m[1]), serial: Number(m[2]) };
}

/** A notice's number: the body's prefix, the kind's character, the case's year and serial. */
export function noticeNumber(state: CaseState, kind: keyof typeof numberCharZh): string {
  const { year, serial } = caseSerialOf(state.caseNumber);
  return formatDocumentNumber(numberCharZh[kind], state.bodyId, year, serial);
}

/** A draft decision's number: the series without its serial, which approval allocates. */
function draftDecisionNumber(state: CaseState, today: IsoDate): string {
  return formatDocumentNumber('decision', state.bodyId, Number(today.slice(0, 4)), 1).replace(
    /〕1号$/,
    '〕\u3000\u3000号',
  );
}

// ---------------------------------------------------------------------------------- parties

/** The viewers who read a document for its reader parties (the applicant's side is two viewers). */
function viewersOf(readers: readonly PartyKey[]): Viewer[] {
  return readers.flatMap((r): Viewer[] =>
    r === 'applicant' ? ['applicant', 'agent'] : r === 'respondent' ? ['respondent'] : ['thirdParty'],
  );
}

const strictness: Record<Level, number> = { full: 0, masked: 1, hidden: 2 };

/** The strictest level any reader has for a field: a document is one file for all its readers. */
function levelFor(viewers: readonly Viewer[], of: (v: Viewer) => Level): Level {
  return viewers.map(of).reduce<Level>((a, b) => (strictness[b] > strictness[a] ? b : a), 'full');
}

const shownAs = (level: Level, value: string, mask: (s: string) => string) =>
  level === 'full' ? value : level === 'masked' ? mask(value) : undefined;

/** How a party line describes an agent of each kind (委托代理人：李四，律师). */
const agentDetailsZh = {
  lawyer: '律师',
  legalWorker: '基层法律服务工作者',
  relative: '申请人的近亲属',
  other: undefined,
} as const;

/** A natural person's or an organisation's details in a party line, as every reader may see them. */
function detailsOf(
  who:
    | { readonly type: 'person'; readonly address: string }
    | { readonly type: 'organisation'; readonly address: string; readonly legalRepresentative: string },
  subject: Subject,
  viewers: readonly Viewer[],
): string | undefined {
  if (who.type === 'organisation') {
    const row = (f: 'address' | 'legalRepresentative') =>
      levelFor(viewers, (v) => visibilityTable[v].organisation[f]);
    const address = shownAs(row('address'), who.address, maskAddressForDisplay);
    const head = shownAs(row('legalRepresentative'), who.legalRepresentative, maskNameForDisplay);
    return (
      [address && `住所地${address}`, head && `法定代表人：${head}`].filter(Boolean).join('。') || undefined
    );
  }
  const address = shownAs(
    levelFor(viewers, (v) => visibilityTable[v][subject].address),
    who.address,
    maskAddressForDisplay,
  );
  return address && `住${address}`;
}

/** The applicant as a document names them, with their agents, details only where every reader may see them. */
function applicantParty(state: CaseState, viewers: readonly Viewer[]): Party {
  const a = state.application.applicant;
  const agents = activeAgents(state).map((agent) => {
    const details = agentDetailsZh[agent.kind];
    return { name: agent.name, ...(details ? { details } : {}) };
  });
  const details = detailsOf(a, 'applicant', viewers);
  return { name: a.name, kind: a.type, ...(details ? { details } : {}), agents };
}

/** The respondent agency (named by the directory until it becomes a party with the copy, Art. 48). */
function respondentParty(state: CaseState): Party {
  const agencyId = state.application.respondentAgencyId;
  return {
    name:
      state.parties.find((p) => p.role === 'respondent')?.nameZh ?? agencyById(agencyId)?.nameZh ?? agencyId,
    kind: 'organisation',
  };
}

/** The third parties of the case (Art. 16), each with its key. */
function thirdPartiesOf(state: CaseState, viewers: readonly Viewer[]): { key: PartyKey; party: Party }[] {
  return (state.thirdParties ?? []).map((t) => {
    const details = detailsOf(t.details as ThirdPartyDetails, 'thirdParty', viewers);
    return {
      key: `thirdParty:${t.id}` as const,
      party: { name: t.details.name, kind: t.details.type, ...(details ? { details } : {}) },
    };
  });
}

function casePartiesFor(state: CaseState, readers: readonly PartyKey[]): CaseParties {
  const viewers = viewersOf(readers);
  return {
    applicant: applicantParty(state, viewers),
    respondent: respondentParty(state),
    thirdParties: thirdPartiesOf(state, viewers).map((t) => t.party),
  };
}

function partyOf(state: CaseState, key: PartyKey): Party {
  if (key === 'applicant') return applicantParty(state, ['applicant']);
  if (key === 'respondent') return respondentParty(state);
  return (
    thirdPartiesOf(state, ['thirdParty']).find((t) => t.key === key)?.party ?? { name: key, kind: 'person' }
  );
}

function recipientOf(state: CaseState, key: PartyKey): DocumentRecipient {
  const party = partyOf(state, key);
  const subject: Subject | undefined =
    key === 'applicant' ? 'applicant' : key === 'respondent' ? undefined : 'thirdParty';
  return { party: key, nameZh: party.name, kind: party.kind, ...(subject ? { subject } : {}) };
}

/** The id segment of a recipient: applicant, respondent, thirdParty-<id>. */
const recipientSegment = (key: PartyKey) => key.replace(':', '-');

// ---------------------------------------------------------------------------------- wording

/** A clause as it continues a sentence (因…，): without the full stop the writer may have put. */
const clause = (s: string) => s.trim().replace(/[。；;，,.!！？?\s]+$/u, '');

/**
 * The act under review as it reads after the respondent's name: 于2026年2月2日作出的《行政处罚决定书》
 * （宁市监罚〔2026〕88号）; a failure to perform is its own description (未依法履行…职责).
 */
export function actZh(act: CaseState['application']['act']): string {
  const title = act.title.trim().replace(/^《(.*)》$/, '$1');
  if (act.kind === 'failureToPerform') return title;
  return `于${formatDateZh(act.madeOn)}作出的《${title}》${act.documentNumber ? `（${act.documentNumber}）` : ''}`;
}

/**
 * The duty a 责令履行 decision orders performed (Art. 66): what the act's title says was not
 * performed (未依法履行政府信息公开职责 → 政府信息公开职责), else the duty the applicant asked for.
 */
export function dutyZh(act: CaseState['application']['act']): string {
  const named = /^(?:未依法|未|不|拒不|拒绝)履行(.+职责)$/.exec(act.title.trim());
  return named?.[1] ?? '申请人申请其履行的法定职责';
}

const opening = (state: CaseState): CaseOpening => ({
  act: actZh(state.application.act),
  appliedOn: state.timeliness.filedOn,
});

function accepted(state: CaseState): AcceptedCase {
  if (!state.acceptedOn) throw new Error(`case ${state.caseNumber} has not been accepted`);
  return { ...opening(state), acceptedOn: state.acceptedOn };
}

const suspensionGrounds: Record<SuspensionGround, SuspensionGroundOfTemplate> = {
  applicantDied: 'applicantDied',
  applicantIncapacitated: 'applicantIncapacitated',
  applicantMissing: 'applicantMissing',
  entityEnded: 'entityTerminated',
  forceMajeure: 'unableToTakePart',
  mediationOrSettlement: 'mediationOrSettlement',
  legalInterpretation: 'interpretationNeeded',
  pendingOtherCase: 'awaitingOtherCase',
  normativeDocumentReview: 'normativeDocumentReview',
  other: 'other',
};

const terminationGrounds: Record<TerminationGround, TerminationGroundOfTemplate> = {
  noSuccessor: 'applicantDiedNoSuccessor',
  entityNoSuccessor: 'entityEndedNoSuccessor',
  criminalDetention: 'criminalMeasures',
  suspensionUnresolved: 'suspensionUnresolved',
};

const decisionTypes: Record<DecisionType, DecisionFields['decisionType']> = {
  vary: 'vary',
  revoke: 'revoke',
  confirmUnlawful: 'confirmUnlawful',
  orderPerformance: 'orderPerformance',
  confirmVoid: 'confirmVoid',
  uphold: 'uphold',
  rejectRequest: 'reject',
};

/** '09:30' → 上午9时30分, '14:00' → 下午2时: a time of day as a notice writes it. */
export function clockTimeZh(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const half = h < 12 ? '上午' : '下午';
  const hour = h > 12 ? h - 12 : h;
  return `${half}${hour}时${m ? `${m}分` : ''}`;
}

/** Where a hearing is held: the place, or the online link, or both. */
const hearingPlaceZh = (d: { readonly place?: string; readonly onlineLink?: string }) =>
  [d.place, d.onlineLink && `网络视频听证（${d.onlineLink}）`].filter(Boolean).join('；');

const withinDaysZh = (days: number) => `自收到本决定书之日起${chineseCount(days)}日内`;

/** How the case was heard, for the decision: opinions, suspension, extension, discussion, committee. */
function procedureNotes(state: CaseState): string[] {
  const notes: string[] = [];
  for (const o of state.opinionsHeard ?? [])
    notes.push(`本机关于${formatDateZh(o.heardOn)}听取了当事人的意见。`);
  const s = state.suspension;
  if (s)
    notes.push(
      `本案于${formatDateZh(s.on)}中止审理${s.resumedOn ? `，于${formatDateZh(s.resumedOn)}恢复审理` : ''}。`,
    );
  if (state.extension)
    notes.push(`经本机关行政复议机构负责人批准，本案审理期限延长${chineseCount(state.extension.days)}日。`);
  const discussion = state.decision?.discussion;
  if (discussion?.heldOn) notes.push(`本案经${formatDateZh(discussion.heldOn)}集体讨论。`);
  const weighing = state.decision?.draft.committeeOpinionWeighingZh;
  if (weighing) notes.push(weighing);
  return notes;
}

/** The decision's fields from the draft and the case (Arts. 61–72). */
function decisionFields(state: CaseState): DecisionFields {
  const decision = state.decision;
  if (!decision) throw new Error(`case ${state.caseNumber} has no decision draft`);
  const d = decision.draft;
  const reply = state.reply?.inTime ? state.reply.replyZh : undefined;
  const notes = procedureNotes(state);
  return {
    ...accepted(state),
    track: state.track ?? 'ordinary',
    requests: state.application.requests,
    applicantClaims: state.application.factsAndReasons,
    ...(reply ? { respondentReply: reply } : {}),
    ...(notes.length ? { procedureNotes: notes.join('\n') } : {}),
    facts: d.findingsZh,
    reasoning: `${d.reasonsZh}\n决定依据：${clause(d.legalBasisZh)}。`,
    decisionType: decisionTypes[d.type],
    ...(d.type === 'vary' && d.varyToZh ? { variedContent: d.varyToZh } : {}),
    ...(d.newActWithinDays !== undefined ? { newActDeadline: withinDaysZh(d.newActWithinDays) } : {}),
    ...(d.type === 'orderPerformance' ? { duty: dutyZh(state.application.act) } : {}),
    ...(d.performWithinDays !== undefined ? { performanceDeadline: withinDaysZh(d.performWithinDays) } : {}),
    ...(d.compensationZh ? { compensationDecided: d.compensationZh } : {}),
    ...(d.agreementLiabilityZh ? { agreementLiability: d.agreementLiabilityZh } : {}),
  };
}

// ---------------------------------------------------------------------------------- events → documents

type Fields<K extends ReconsiderationDocumentKind> = ReconsiderationDocumentFields<K>;

/** One document an event issued, with the input that fills its template. */
interface Planned<K extends ReconsiderationDocumentKind = ReconsiderationDocumentKind> {
  readonly entry: IssuedDocument;
  readonly kind: K;
  readonly input: DocumentInput<Fields<K>>;
}

interface PlanContext {
  readonly state: CaseState;
  readonly event: CaseEvent;
  readonly issuedOn: IsoDate;
}

/** A document to one party (or listing the parties when `to` is absent), read by `readers`. */
function plan<K extends ReconsiderationDocumentKind>(
  ctx: PlanContext,
  kind: K,
  number: string,
  fields: Fields<K>,
  to: { readonly recipient?: PartyKey; readonly readers: readonly PartyKey[] },
): Planned<K> {
  const { state, event, issuedOn } = ctx;
  const template = reconsiderationTemplates[kind];
  const recipient = to.recipient;
  const entry: IssuedDocument = {
    id: `${event.seq}-${kind}${recipient ? `-${recipientSegment(recipient)}` : ''}`,
    kind,
    titleZh: template.titleZh,
    seq: event.seq,
    issuedOn,
    number,
    ...(recipient ? { recipient: recipientOf(state, recipient) } : {}),
    readers: to.readers,
  };
  const addressedTo = template.addressee === 'recipient' && recipient ? partyOf(state, recipient) : undefined;
  return {
    entry,
    kind,
    input: {
      number,
      issuerZh: state.bodyNameZh,
      issuedOn,
      parties: casePartiesFor(state, to.readers),
      ...(addressedTo ? { recipient: addressedTo } : {}),
      fields,
    },
  };
}

/** The same notice to each party of the case, one copy each. */
function toEachParty<K extends ReconsiderationDocumentKind>(
  ctx: PlanContext,
  kind: K & keyof typeof numberCharZh,
  fields: Fields<K>,
): Planned<K>[] {
  const number = noticeNumber(ctx.state, kind);
  return partyKeys(ctx.state).map((key) =>
    plan(ctx, kind, number, fields, { recipient: key, readers: [key] }),
  );
}

/** The documents one event issued, given the case just after it. */
function plannedBy(event: CaseEvent, state: CaseState): Planned[] {
  const eventDay = shanghaiDate(new Date(event.at));
  const ctx = (issuedOn: IsoDate = eventDay): PlanContext => ({ state, event, issuedOn });
  const all = partyKeys(state);
  switch (event.type) {
    case 'accepted':
      return [
        plan(
          ctx(event.data.acceptedOn),
          'acceptance',
          noticeNumber(state, 'acceptance'),
          { ...accepted(state), track: event.data.track },
          { recipient: 'applicant', readers: ['applicant'] },
        ),
      ];
    case 'copySent':
      return [
        plan(
          ctx(event.data.sentOn),
          'replyNotice',
          noticeNumber(state, 'replyNotice'),
          { ...accepted(state), track: state.track ?? 'ordinary', copy: 'application' },
          { recipient: 'respondent', readers: ['respondent'] },
        ),
      ];
    case 'refused':
      return [
        plan(
          ctx(),
          'refusal',
          noticeNumber(state, 'refusal'),
          {
            ...opening(state),
            reasons: event.data.reasons.map((r) => refusalReasonsZh[r]),
            ...(event.data.competentBodyNameZh ? { competentBody: event.data.competentBodyNameZh } : {}),
          },
          { recipient: 'applicant', readers: ['applicant'] },
        ),
      ];
    case 'correctionRequested':
      return [
        plan(
          ctx(),
          'correction',
          noticeNumber(state, 'correction'),
          { receivedOn: state.receivedOn, items: event.data.items.map((i) => i.descriptionZh) },
          { recipient: 'applicant', readers: ['applicant'] },
        ),
      ];
    case 'suspended':
      return toEachParty(ctx(event.data.on), 'suspension', {
        ...accepted(state),
        ground: suspensionGrounds[event.data.ground],
        reason: clause(event.data.reasonZh),
        suspendedOn: event.data.on,
      });
    case 'resumed':
      return toEachParty(ctx(event.data.on), 'resumption', {
        ...opening(state),
        suspendedOn: state.suspension?.on ?? event.data.on,
        causeEnded: clause(event.data.reasonZh),
        resumedOn: event.data.on,
      });
    case 'decisionPeriodExtended':
      return toEachParty(ctx(), 'extension', {
        ...accepted(state),
        reason: clause(event.data.reasonZh),
        newDueOn:
          event.data.changes.find((c) => c.key === 'decision')?.toDue ??
          state.deadlines.decision?.dueDate ??
          eventDay,
      });
    case 'terminated':
      return [
        plan(
          ctx(),
          'termination',
          noticeNumber(state, 'termination'),
          {
            ...accepted(state),
            ground: terminationGrounds[event.data.ground],
            circumstances: event.data.reasonZh,
          },
          { readers: all },
        ),
      ];
    case 'terminatedAfterSuspension':
      return [
        plan(
          ctx(),
          'termination',
          noticeNumber(state, 'termination'),
          {
            ...accepted(state),
            ground: 'suspensionUnresolved',
            circumstances: `本机关于${formatDateZh(event.data.suspendedOn)}中止本案的审理。中止满${periodZh(
              reconsiderationTimeLimits.suspensionTermination,
            )}，行政复议中止的原因仍未消除。`,
          },
          { readers: all },
        ),
      ];
    case 'thirdPartyAdmitted': {
      const key: PartyKey = `thirdParty:${event.data.id}`;
      return [
        plan(
          ctx(event.data.notice.issuedOn),
          'thirdPartyNotice',
          noticeNumber(state, 'thirdPartyNotice'),
          accepted(state),
          {
            recipient: key,
            readers: [key],
          },
        ),
      ];
    }
    case 'hearingScheduled':
    case 'hearingPostponed': {
      const d = event.data;
      const presiding = d.panel.find((m) => m.panelRole === 'presiding')?.nameZh;
      return toEachParty(ctx(d.noticeOn), 'hearingNotice', {
        act: actZh(state.application.act),
        hearingDate: d.date,
        hearingTime: clockTimeZh(d.time),
        place: hearingPlaceZh(d),
        issues: d.issues,
        ...(presiding ? { presiding } : {}),
      });
    }
    case 'mediationDocumentIssued': {
      const d = event.data;
      return [
        plan(
          ctx(d.issuedOn),
          'mediation',
          noticeNumber(state, 'mediation'),
          {
            ...accepted(state),
            requests: d.requestsZh,
            ...(d.factsZh.trim() ? { facts: d.factsZh } : {}),
            terms: d.termsZh
              .split('\n')
              .map((t) => t.trim())
              .filter(Boolean),
          },
          { readers: d.parties.map((p) => p.key) },
        ),
      ];
    }
    case 'withdrawalApproved': {
      const requestedOn = state.withdrawals?.find(
        (w) => w.status === 'approved' && w.decidedOn === event.data.approvedOn,
      )?.requestedOn;
      return [
        plan(
          ctx(event.data.approvedOn),
          'termination',
          noticeNumber(state, 'termination'),
          {
            ...accepted(state),
            ground: 'withdrawn',
            circumstances: `${requestedOn ? `${formatDateZh(requestedOn)}，` : ''}申请人向本机关申请撤回行政复议申请。经审查，本机关准予撤回。`,
          },
          { readers: all },
        ),
      ];
    }
    case 'decisionIssued':
      return [
        plan(ctx(event.data.issuedOn), 'decision', event.data.number, decisionFields(state), {
          readers: all,
        }),
      ];
    default:
      return [];
  }
}

/** Folds the log, handing each event with the case just after it to `visit`, while it asks for more. */
function walk(log: readonly AnyEvent[], visit: (event: CaseEvent, state: CaseState) => boolean): void {
  let state: CaseState | undefined;
  for (const event of log) {
    state = foldEvent(state, event) as CaseState;
    if (!visit(event as CaseEvent, state)) return;
  }
}

/** Every document the case has issued, in the order of its log. */
export function issuedDocuments(log: readonly AnyEvent[]): IssuedDocument[] {
  const out: IssuedDocument[] = [];
  walk(log, (event, state) => {
    out.push(...plannedBy(event, state).map((p) => p.entry));
    return true;
  });
  return out;
}

const render = (p: Planned): OfficialDocument =>
  buildDocument(reconsiderationTemplates[p.kind] as never, p.input as never);

/** One issued document as it was issued, or undefined if the log issued none with this id. */
export function issuedDocument(log: readonly AnyEvent[], id: string): OfficialDocument | undefined {
  const seq = seqOfDocumentId(id);
  if (seq === undefined) return undefined;
  let found: Planned | undefined;
  walk(log, (event, state) => {
    if (event.seq < seq) return true;
    found = plannedBy(event, state).find((p) => p.entry.id === id);
    return false;
  });
  return found && render(found);
}

/**
 * The decision as drafted, for the clerk and the office head to read before approval: marked 草稿
 * on every page, dated today, its number left blank until approval allocates it.
 */
export function draftDecision(state: CaseState, today: IsoDate): Decision<OfficialDocument> {
  if (state.stage !== 'decisionReview' || !state.decision)
    return refuse('document.noDraft', '本案当前没有待审批的行政复议决定稿（决定稿在“决定审批”阶段可以预览）');
  const all = partyKeys(state);
  return ok(
    buildDocument(reconsiderationTemplates.decision, {
      number: draftDecisionNumber(state, today),
      issuerZh: state.bodyNameZh,
      issuedOn: today,
      draft: true,
      parties: casePartiesFor(state, all),
      fields: decisionFields(state),
    }),
  );
}

/** The party a person reads as: the applicant's side (applicant or agent), the respondent, a third party. */
export function readerOf(state: CaseState, actor: Actor): PartyKey | undefined {
  if (actor.role === 'respondent')
    return state.parties.some((p) => p.role === 'respondent' && p.agencyId === actor.agencyId)
      ? 'respondent'
      : undefined;
  return actor.role === 'applicant' ? actingFor(state, actor)?.party : undefined;
}

export const reconsiderationDocuments: ProcedureDocuments<CaseState> = {
  issued: issuedDocuments,
  build: issuedDocument,
  readerOf,
  drafts: { decision: draftDecision },
};
