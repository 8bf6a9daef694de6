import * as z from 'zod/mini';
import { formatDateZh } from '../../../calendar/explain';
import type { IsoDate } from '../../../calendar/types';
import type { Actor } from '../../../domain/actors';
import { bodyAudience } from '../../../domain/audiences';
import type { NewCaseEvent } from '../../../domain/case';
import type { ActionContext, ActionOutcome, Notice } from '../../../domain/procedure';
import { type Decision, refuse } from '../../../domain/refusals';
import { showName, showText, type Viewer } from '../../../domain/visibility';
import { optionalText, requiredText, textString } from '../../../validation/text';
import { expectedVersion, recordedDate, storedDate } from '../command-fields';
import type { CaseState } from '../types';
import { definePart, events } from './part';
import {
  type Acting,
  actingFor,
  type PartyKey,
  partyKeyPattern,
  partyKeys,
  partyNameFor,
  partyNameZh,
  partyRecipients,
  requirePowers,
} from './parties';

/**
 * Mediation (调解) inside reconsideration (Arts. 5, 73): voluntary and lawful. The office proposes
 * it; every party — the applicant (or their agent with a special authority to mediate), the
 * respondent and each third party — consents or declines, online or in writing recorded by the
 * clerk. With every consent the case is in mediation; sessions are recorded; the agreement becomes
 * a 行政复议调解书 which takes effect once every party has signed it and the body has sealed it,
 * closing the case. A party declining or reneging before then, or no agreement, sends the case
 * back to review: the body decides promptly (Art. 73).
 */

export const mediationModesZh = { inPerson: '当面调解', online: '网络视频', phone: '电话' } as const;
const mediationModes = Object.keys(mediationModesZh) as [keyof typeof mediationModesZh];
export const answerChannelsZh = { online: '网上确认', written: '书面意见（承办人登记）' } as const;
export const signatureChannelsZh = { online: '网上签收', paper: '书面签字（承办人登记）' } as const;

export interface MediationAnswer {
  readonly party: PartyKey;
  readonly consent: boolean;
  readonly on: IsoDate;
  readonly channel: keyof typeof answerChannelsZh;
  /** The agent who answered for the applicant. */
  readonly byAgentId?: string;
  readonly reasonZh?: string;
}

export interface MediationSession {
  readonly heldOn: IsoDate;
  readonly mode: keyof typeof mediationModesZh;
  readonly participants: readonly PartyKey[];
  readonly summaryZh: string;
}

export interface MediationSignature {
  readonly party: PartyKey;
  readonly signedOn: IsoDate;
  readonly channel: keyof typeof signatureChannelsZh;
  readonly byAgentId?: string;
}

/** What a 行政复议调解书 says, as issued: the case, the parties, the dispute and the agreement. */
export interface MediationDocument {
  readonly issuedOn: IsoDate;
  readonly caseNumber: string;
  readonly bodyNameZh: string;
  readonly parties: readonly { readonly key: PartyKey; readonly nameZh: string }[];
  readonly actTitle: string;
  readonly actDocumentNumber?: string;
  readonly requestsZh: string;
  readonly factsZh: string;
  readonly termsZh: string;
}

export interface Mediation {
  readonly proposedOn: IsoDate;
  readonly proposalZh: string;
  readonly status: 'proposed' | 'declined' | 'inProgress' | 'failed' | 'effective';
  readonly answers: readonly MediationAnswer[];
  readonly startedOn?: IsoDate;
  readonly sessions: readonly MediationSession[];
  readonly document?: MediationDocument & {
    readonly signatures: readonly MediationSignature[];
    readonly sealedOn?: IsoDate;
    readonly effectiveOn?: IsoDate;
  };
  readonly endedOn?: IsoDate;
  readonly failure?: { readonly by: PartyKey | 'body'; readonly reasonZh: string };
}

/** The state slice of this part (in CaseState): every attempt, the latest last. */
export interface MediationSlice {
  readonly mediations?: readonly Mediation[];
}

/** The mediation under way (proposed or in progress), if any. */
export function currentMediation(state: MediationSlice): Mediation | undefined {
  const last = state.mediations?.at(-1);
  return last && (last.status === 'proposed' || last.status === 'inProgress') ? last : undefined;
}

/** Every party has consented: the parties of the case now (a third party admitted meanwhile counts). */
export const allConsented = (state: CaseState, m: Mediation): boolean =>
  partyKeys(state).every((k) => m.answers.some((a) => a.party === k && a.consent));

/** Every party named in the 调解书 has signed it. */
export function allSigned(m: Mediation): boolean {
  const doc = m.document;
  return doc?.parties.every((p) => doc.signatures.some((s) => s.party === p.key)) === true;
}

const partyField = (label: string) =>
  textString(label).check(z.regex(partyKeyPattern, { message: `${label}无效，请从本案当事人中选择` }));
const reason = (label: string) => optionalText(label, { max: 2000, multiline: true });

const isoDate = storedDate;
const partyKey = z.custom<PartyKey>((v) => typeof v === 'string' && partyKeyPattern.test(v));
const namedParty = z.object({ key: partyKey, nameZh: z.string() });

// ------------------------------------------------------------------------ deciding

const notProposed = () =>
  refuse('mediation.notProposed', '复议机构尚未提议调解，或调解已结束，不能答复是否同意调解');
const notInMediation = () => refuse('mediation.noDocument', '尚未制作行政复议调解书');

/** The party a person answers or signs for: their own side online, the named party when staff record it. */
function partyOf(
  state: CaseState,
  actor: Actor,
  named: string | undefined,
): { ok: true; acting?: Acting; party: PartyKey } | ReturnType<typeof refuse> {
  if (named !== undefined) {
    const key = named as PartyKey;
    if (!partyKeys(state).includes(key))
      return refuse('mediation.partyUnknown', '所选当事人不是本案当事人', [
        { path: 'party', messageZh: '请从本案当事人中选择' },
      ]);
    return { ok: true, party: key };
  }
  const acting = actingFor(state, actor);
  if (!acting) return refuse('action.partyNotAllowed', '您不是本案当事人');
  return { ok: true, acting, party: acting.party };
}

/** Records one party's answer to the proposal; the last consent opens mediation. */
function answer(
  state: CaseState,
  ctx: ActionContext,
  who: { readonly acting?: Acting; readonly party: PartyKey },
  given: { consent: boolean; reasonZh?: string; on: IsoDate; channel: MediationAnswer['channel'] },
): Decision<ActionOutcome> {
  const m = currentMediation(state);
  if (m?.status !== 'proposed') return notProposed();
  const authority = requirePowers(who.acting, ['mediate'], '代为答复是否同意调解');
  if (!authority.ok) return authority;
  if (m.answers.some((a) => a.party === who.party))
    return refuse('mediation.alreadyAnswered', `${partyNameZh(state, who.party)}已答复是否同意调解`);
  const data = {
    party: who.party,
    on: given.on,
    channel: given.channel,
    ...(who.acting?.agent ? { byAgentId: who.acting.agent.id } : {}),
    ...(given.reasonZh ? { reasonZh: given.reasonZh } : {}),
  };
  // The stage graph leads to mediation; a refusal, or a consent still waiting for others, stays in review.
  const inReview = { toStage: 'underReview' };
  if (!given.consent) return events({ ...ctx.base, ...inReview, type: 'mediationDeclined', data });
  const after = { ...m, answers: [...m.answers, { ...data, consent: true }] };
  const all = allConsented(state, after);
  return events({
    ...ctx.base,
    ...(all ? {} : inReview),
    type: 'mediationConsented',
    data: { ...data, allConsented: all },
  });
}

/** Records a signature; with every signature and the seal, the 调解书 takes effect and closes the case. */
function sign(
  state: CaseState,
  ctx: ActionContext,
  who: { readonly acting?: Acting; readonly party: PartyKey },
  given: { signedOn: IsoDate; channel: MediationSignature['channel'] },
) {
  const m = currentMediation(state);
  const doc = m?.document;
  if (!m || !doc) return notInMediation();
  const authority = requirePowers(who.acting, ['mediate'], '代为签收行政复议调解书');
  if (!authority.ok) return authority;
  if (!doc.parties.some((p) => p.key === who.party))
    return refuse('mediation.partyUnknown', '调解书未列明该当事人', [
      { path: 'party', messageZh: '不是调解书的当事人' },
    ]);
  const signed = doc.signatures.find((s) => s.party === who.party);
  if (signed)
    return refuse(
      'mediation.alreadySigned',
      `${partyNameZh(state, who.party)}已于${formatDateZh(signed.signedOn)}签收调解书`,
    );
  if (given.signedOn < doc.issuedOn || given.signedOn > ctx.today)
    return refuse('review.dateInvalid', '签收日期应在调解书制作之日与今天之间', [
      { path: 'signedOn', messageZh: `应在${formatDateZh(doc.issuedOn)}至${formatDateZh(ctx.today)}之间` },
    ]);
  const signature = {
    party: who.party,
    signedOn: given.signedOn,
    channel: given.channel,
    ...(who.acting?.agent ? { byAgentId: who.acting.agent.id } : {}),
  };
  const after: Mediation = { ...m, document: { ...doc, signatures: [...doc.signatures, signature] } };
  return events(
    { ...ctx.base, ...stillInMediation, type: 'mediationDocumentSigned', data: signature },
    ...(doc.sealedOn && allSigned(after) ? [tookEffect(ctx)] : []),
  );
}

/** A signature or the seal itself leaves the case in mediation; the effect that follows may close it. */
const stillInMediation = { toStage: 'mediation' };

/**
 * The 调解书 takes effect (Art. 73) where the stage graph leads a signature or the seal: the case
 * closes within the decision period (met), every other deadline no longer applies.
 */
function tookEffect(ctx: ActionContext): NewCaseEvent {
  return {
    ...ctx.base,
    type: 'mediationTookEffect',
    deadlines: ctx.changes(ctx.spec),
    data: { effectiveOn: ctx.today },
  };
}

/** Mediation fails: a party declines or reneges, or the body finds no agreement; back to review. */
function failed(
  state: CaseState,
  ctx: ActionContext,
  by: PartyKey | 'body',
  reasonZh: string,
  extra: { channel?: 'online' | 'written'; byAgentId?: string } = {},
) {
  if (currentMediation(state)?.status !== 'inProgress')
    return refuse('mediation.notProposed', '本案不在调解中');
  return events({ ...ctx.base, type: 'mediationFailed', data: { by, reasonZh, on: ctx.today, ...extra } });
}

// ------------------------------------------------------------------------ the part

const storedDocument = z.object({
  issuedOn: isoDate,
  caseNumber: z.string(),
  bodyNameZh: z.string(),
  parties: z.readonly(z.array(namedParty)),
  actTitle: z.string(),
  actDocumentNumber: z.optional(z.string()),
  requestsZh: z.string(),
  factsZh: z.string(),
  termsZh: z.string(),
});
const answerData = {
  party: partyKey,
  on: isoDate,
  channel: z.enum(['online', 'written']),
  byAgentId: z.optional(z.string()),
  reasonZh: z.optional(z.string()),
};

export const mediationPart = definePart(
  [
    z.strictObject({
      action: z.literal('proposeMediation'),
      expectedVersion,
      proposalZh: requiredText('调解事项', { max: 2000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('consentToMediation'),
      expectedVersion,
      consent: z.boolean({ error: '请选择是否同意调解' }),
      reasonZh: reason('不同意调解的理由'),
    }),
    z.strictObject({
      action: z.literal('recordMediationConsent'),
      expectedVersion,
      party: partyField('当事人'),
      consent: z.boolean({ error: '请选择该当事人是否同意调解' }),
      answeredOn: recordedDate('书面意见的日期'),
      reasonZh: reason('不同意调解的理由'),
    }),
    z.strictObject({
      action: z.literal('recordMediationSession'),
      expectedVersion,
      heldOn: recordedDate('调解日期'),
      mode: z.enum(mediationModes, { error: '请选择调解方式（当面、网络视频或电话）' }),
      participants: z.array(partyField('参加调解的当事人'), { error: '请选择参加调解的当事人' }).check(
        z.minLength(1, { message: '请至少选择一方当事人' }),
        z.maxLength(50, { message: '当事人过多' }),
        z.refine((p) => new Set(p).size === p.length, { message: '当事人有重复' }),
      ),
      summaryZh: requiredText('调解情况', { max: 10000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('issueMediationDocument'),
      expectedVersion,
      requestsZh: requiredText('申请人的行政复议请求', { max: 2000, multiline: true }),
      factsZh: requiredText('案件事实和争议', { max: 10000, multiline: true }),
      termsZh: requiredText('调解协议内容', { max: 10000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('signMediationDocument'),
      expectedVersion,
      agreed: z.literal(true, { error: '请确认已阅读并同意调解书的内容' }),
    }),
    z.strictObject({
      action: z.literal('recordMediationSignature'),
      expectedVersion,
      party: partyField('当事人'),
      signedOn: recordedDate('签字日期'),
    }),
    z.strictObject({ action: z.literal('sealMediationDocument'), expectedVersion }),
    z.strictObject({
      action: z.literal('declineMediation'),
      expectedVersion,
      reasonZh: requiredText('不同意调解或反悔的理由', { max: 2000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('endMediation'),
      expectedVersion,
      /** The party who declined or reneged in writing; none when no agreement was reached. */
      party: z.optional(partyField('反悔的当事人')),
      reasonZh: requiredText('调解不成的情况', { max: 2000, multiline: true }),
    }),
  ],
  {
    mediationProposed: z.object({
      proposalZh: z.string(),
      proposedOn: isoDate,
      parties: z.readonly(z.array(namedParty)),
    }),
    mediationConsented: z.object({ ...answerData, allConsented: z.boolean() }),
    mediationDeclined: z.object(answerData),
    mediationSessionHeld: z.object({
      heldOn: isoDate,
      mode: z.enum(mediationModes),
      participants: z.readonly(z.array(partyKey)),
      summaryZh: z.string(),
    }),
    mediationDocumentIssued: storedDocument,
    mediationDocumentSigned: z.object({
      party: partyKey,
      signedOn: isoDate,
      channel: z.enum(['online', 'paper']),
      byAgentId: z.optional(z.string()),
    }),
    mediationDocumentSealed: z.object({ sealedOn: isoDate }),
    mediationTookEffect: z.object({ effectiveOn: isoDate }),
    mediationFailed: z.object({
      by: z.custom<PartyKey | 'body'>(
        (v) => v === 'body' || (typeof v === 'string' && partyKeyPattern.test(v)),
      ),
      reasonZh: z.string(),
      on: isoDate,
      channel: z.optional(z.enum(['online', 'written'])),
      byAgentId: z.optional(z.string()),
    }),
  },
  {
    decide: {
      proposeMediation(state, command, { base, today }) {
        if (currentMediation(state))
          return refuse('mediation.alreadyProposed', '本案已提议调解，请等待各方当事人答复');
        if (!state.parties.some((p) => p.role === 'respondent'))
          return refuse(
            'mediation.respondentNotJoined',
            '被申请人尚未参加行政复议（申请书副本尚未发送），不能组织调解',
          );
        return events({
          ...base,
          type: 'mediationProposed',
          data: {
            proposalZh: command.proposalZh,
            proposedOn: today,
            parties: partyKeys(state).map((key) => ({ key, nameZh: partyNameZh(state, key) })),
          },
        });
      },
      consentToMediation(state, command, ctx) {
        if (currentMediation(state)?.status !== 'proposed') return notProposed();
        const who = partyOf(state, ctx.actor, undefined);
        if (!who.ok) return who;
        return answer(state, ctx, who, {
          consent: command.consent,
          ...(command.reasonZh ? { reasonZh: command.reasonZh } : {}),
          on: ctx.today,
          channel: 'online',
        });
      },
      recordMediationConsent(state, command, ctx) {
        const m = currentMediation(state);
        if (m?.status !== 'proposed') return notProposed();
        const who = partyOf(state, ctx.actor, command.party);
        if (!who.ok) return who;
        if (command.answeredOn < m.proposedOn || command.answeredOn > ctx.today)
          return refuse('review.dateInvalid', '书面意见的日期应在提议调解之日与今天之间', [
            {
              path: 'answeredOn',
              messageZh: `应在${formatDateZh(m.proposedOn)}至${formatDateZh(ctx.today)}之间`,
            },
          ]);
        return answer(state, ctx, who, {
          consent: command.consent,
          ...(command.reasonZh ? { reasonZh: command.reasonZh } : {}),
          on: command.answeredOn,
          channel: 'written',
        });
      },
      recordMediationSession(state, command, { base, today }) {
        const m = currentMediation(state);
        if (m?.status !== 'inProgress') return refuse('mediation.notProposed', '本案不在调解中');
        const from = m.startedOn ?? m.proposedOn;
        if (command.heldOn < from || command.heldOn > today)
          return refuse('review.dateInvalid', '调解日期应在开始调解之日与今天之间', [
            { path: 'heldOn', messageZh: `应在${formatDateZh(from)}至${formatDateZh(today)}之间` },
          ]);
        const unknown = command.participants.filter((p) => !partyKeys(state).includes(p as PartyKey));
        if (unknown.length)
          return refuse('mediation.partyUnknown', '参加调解的当事人应为本案当事人', [
            { path: 'participants', messageZh: '请从本案当事人中选择' },
          ]);
        const { action: _a, expectedVersion: _v, ...data } = command;
        return events({
          ...base,
          type: 'mediationSessionHeld',
          data: { ...data, participants: data.participants as PartyKey[] },
        });
      },
      issueMediationDocument(state, command, { base, today }) {
        const m = currentMediation(state);
        if (m?.status !== 'inProgress') return refuse('mediation.notProposed', '本案不在调解中');
        if (m.document)
          return refuse(
            'mediation.documentAlreadyIssued',
            `行政复议调解书已于${formatDateZh(m.document.issuedOn)}制作；当事人不同意其内容的，可以反悔，案件恢复审理`,
          );
        const act = state.application.act;
        return events({
          ...base,
          type: 'mediationDocumentIssued',
          data: {
            issuedOn: today,
            caseNumber: state.caseNumber,
            bodyNameZh: state.bodyNameZh,
            parties: partyKeys(state).map((key) => ({ key, nameZh: partyNameZh(state, key) })),
            actTitle: act.title,
            ...(act.documentNumber ? { actDocumentNumber: act.documentNumber } : {}),
            requestsZh: command.requestsZh,
            factsZh: command.factsZh,
            termsZh: command.termsZh,
          },
        });
      },
      signMediationDocument(state, _command, ctx) {
        if (!currentMediation(state)?.document) return notInMediation();
        const who = partyOf(state, ctx.actor, undefined);
        if (!who.ok) return who;
        return sign(state, ctx, who, { signedOn: ctx.today, channel: 'online' });
      },
      recordMediationSignature(state, command, ctx) {
        if (!currentMediation(state)?.document) return notInMediation();
        const who = partyOf(state, ctx.actor, command.party);
        if (!who.ok) return who;
        return sign(state, ctx, who, { signedOn: command.signedOn, channel: 'paper' });
      },
      sealMediationDocument(state, _command, ctx) {
        const m = currentMediation(state);
        const doc = m?.document;
        if (!m || !doc) return notInMediation();
        if (doc.sealedOn)
          return refuse('mediation.alreadySealed', `调解书已于${formatDateZh(doc.sealedOn)}加盖印章`);
        return events(
          {
            ...ctx.base,
            ...stillInMediation,
            type: 'mediationDocumentSealed',
            data: { sealedOn: ctx.today },
          },
          ...(allSigned(m) ? [tookEffect(ctx)] : []),
        );
      },
      declineMediation(state, command, ctx) {
        if (currentMediation(state)?.status !== 'inProgress')
          return refuse('mediation.notProposed', '本案不在调解中');
        const who = partyOf(state, ctx.actor, undefined);
        if (!who.ok) return who;
        const authority = requirePowers(who.acting, ['mediate'], '代为反悔或不同意调解');
        if (!authority.ok) return authority;
        return failed(state, ctx, who.party, command.reasonZh, {
          channel: 'online',
          ...(who.acting?.agent ? { byAgentId: who.acting.agent.id } : {}),
        });
      },
      endMediation(state, command, ctx) {
        if (currentMediation(state)?.status !== 'inProgress')
          return refuse('mediation.notProposed', '本案不在调解中');
        if (command.party === undefined) return failed(state, ctx, 'body', command.reasonZh);
        const who = partyOf(state, ctx.actor, command.party);
        if (!who.ok) return who;
        return failed(state, ctx, who.party, command.reasonZh, { channel: 'written' });
      },
    },
    evolve: {
      mediationProposed: (state, d) => ({
        ...state,
        mediations: [
          ...(state.mediations ?? []),
          {
            proposedOn: d.proposedOn,
            proposalZh: d.proposalZh,
            status: 'proposed',
            answers: [],
            sessions: [],
          },
        ],
      }),
      mediationConsented: (state, { allConsented: all, ...d }) =>
        updateCurrent(state, (m) => ({
          ...m,
          answers: [...m.answers, answerOf(d, true)],
          ...(all ? { status: 'inProgress', startedOn: d.on } : {}),
        })),
      mediationDeclined: (state, d) =>
        updateCurrent(state, (m) => ({
          ...m,
          answers: [...m.answers, answerOf(d, false)],
          status: 'declined',
          endedOn: d.on,
          failure: { by: d.party, reasonZh: d.reasonZh ?? '' },
        })),
      mediationSessionHeld: (state, d) =>
        updateCurrent(state, (m) => ({ ...m, sessions: [...m.sessions, d] })),
      mediationDocumentIssued: (state, d) =>
        updateCurrent(state, (m) => ({ ...m, document: { ...d, signatures: [] } })),
      mediationDocumentSigned: (state, d) =>
        updateCurrent(state, (m) =>
          m.document ? { ...m, document: { ...m.document, signatures: [...m.document.signatures, d] } } : m,
        ),
      mediationDocumentSealed: (state, d) =>
        updateCurrent(state, (m) =>
          m.document ? { ...m, document: { ...m.document, sealedOn: d.sealedOn } } : m,
        ),
      mediationTookEffect: (state, d) => ({
        ...updateCurrent(state, (m) => ({
          ...m,
          status: 'effective',
          endedOn: d.effectiveOn,
          ...(m.document ? { document: { ...m.document, effectiveOn: d.effectiveOn } } : {}),
        })),
        closure: {
          kind: 'mediated',
          on: d.effectiveOn,
          detailZh:
            '行政复议调解书经各方当事人签收并加盖行政复议机关印章，已发生法律效力（《行政复议法》第七十三条）',
        },
      }),
      mediationFailed: (state, d) =>
        updateCurrent(state, (m) => ({
          ...m,
          status: 'failed',
          endedOn: d.on,
          failure: { by: d.by, reasonZh: d.reasonZh },
        })),
    },
    eventLabelsZh: {
      mediationProposed: '提议调解（《行政复议法》第五条）',
      mediationConsented: '当事人同意调解',
      mediationDeclined: '当事人不同意调解',
      mediationSessionHeld: '进行调解',
      mediationDocumentIssued: '制作行政复议调解书',
      mediationDocumentSigned: '当事人签收调解书',
      mediationDocumentSealed: '调解书加盖印章',
      mediationTookEffect: '调解书生效，案件审结（《行政复议法》第七十三条）',
      mediationFailed: '调解不成，恢复审理（《行政复议法》第七十三条）',
    },
    notices: {
      mediationProposed: (state, d) =>
        toEveryParty(state, {
          kind: 'mediationProposed',
          subjectZh: `复议机构提议调解（${state.caseNumber}）`,
          bodyZh: `调解事项：${d.proposalZh}。调解遵循合法、自愿原则（《行政复议法》第五条），请登录答复是否同意调解；不同意的，本案继续审理。`,
        }),
      mediationConsented: (state, d) =>
        d.allConsented
          ? [
              ...toEveryParty(state, {
                kind: 'mediationStarted',
                subjectZh: `各方当事人同意调解，本案进入调解（${state.caseNumber}）`,
                bodyZh:
                  '调解期间行政复议审理期限继续计算。调解达成协议的，复议机关制作行政复议调解书，经各方当事人签字并加盖印章后生效（《行政复议法》第七十三条）。',
              }),
              toBody(state, 'mediationStarted', '各方当事人均已同意调解', '请组织调解并记录调解情况。'),
            ]
          : [
              toBody(
                state,
                'mediationConsented',
                `${partyNameZh(state, d.party)}同意调解`,
                '尚待其他当事人答复。',
              ),
            ],
      mediationDeclined: (state, d) => [
        toBody(
          state,
          'mediationDeclined',
          `${partyNameZh(state, d.party)}不同意调解`,
          `${d.reasonZh ? `理由：${d.reasonZh}。` : ''}调解以自愿为原则，本案继续审理。`,
        ),
        ...toEveryParty(state, {
          kind: 'mediationDeclined',
          subjectZh: `本案不进行调解（${state.caseNumber}）`,
          bodyZh: '有当事人不同意调解，本案继续审理，复议机关将依法作出行政复议决定。',
        }),
      ],
      mediationDocumentIssued: (state) =>
        toEveryParty(state, {
          kind: 'mediationDocumentIssued',
          subjectZh: `请确认行政复议调解书（${state.caseNumber}）`,
          bodyZh:
            '行政复议调解书已制作，请登录阅读并确认签收。调解书经各方当事人签字并加盖行政复议机关印章后即具有法律效力；生效前反悔的，复议机关将依法及时作出行政复议决定（《行政复议法》第七十三条）。',
        }),
      mediationDocumentSigned: (state, d) => [
        toBody(
          state,
          'mediationDocumentSigned',
          `${partyNameZh(state, d.party)}已签收调解书`,
          `${formatDateZh(d.signedOn)}${signatureChannelsZh[d.channel]}。`,
        ),
      ],
      mediationTookEffect: (state, d) => [
        ...toEveryParty(state, {
          kind: 'mediationTookEffect',
          subjectZh: `行政复议调解书已生效（${state.caseNumber}）`,
          bodyZh: `行政复议调解书于${formatDateZh(d.effectiveOn)}经各方当事人签收并加盖印章，已发生法律效力，本案审结（《行政复议法》第七十三条）。当事人应当履行调解书；被申请人不履行或者无正当理由拖延履行的，行政复议机关责令其限期履行（《行政复议法》第七十七条）。`,
        }),
        toBody(state, 'mediationTookEffect', '行政复议调解书已生效，案件审结', '请送达调解书并归档。'),
      ],
      mediationFailed: (state, d) => {
        const who = d.by === 'body' ? '调解未达成协议' : `${partyNameZh(state, d.by)}反悔或不同意调解`;
        const text = `${who}：${d.reasonZh}。本案恢复审理，复议机关将依法及时作出行政复议决定（《行政复议法》第七十三条）。`;
        return [
          ...toEveryParty(state, {
            kind: 'mediationFailed',
            subjectZh: `调解不成（${state.caseNumber}）`,
            bodyZh: text,
          }),
          toBody(state, 'mediationFailed', '调解不成，恢复审理', text),
        ];
      },
    },
    available: {
      proposeMediation: (state) =>
        currentMediation(state) === undefined && state.parties.some((p) => p.role === 'respondent'),
      consentToMediation: (state, actor) => {
        const m = currentMediation(state);
        if (m?.status !== 'proposed') return false;
        return (
          actor === undefined ||
          canAnswerOrSign(state, actor, (party) => !m.answers.some((a) => a.party === party))
        );
      },
      recordMediationConsent: (state) => {
        const m = currentMediation(state);
        return (
          m?.status === 'proposed' && partyKeys(state).some((k) => !m.answers.some((a) => a.party === k))
        );
      },
      recordMediationSession: (state) => currentMediation(state)?.status === 'inProgress',
      issueMediationDocument: (state) => {
        const m = currentMediation(state);
        return m?.status === 'inProgress' && m.document === undefined;
      },
      signMediationDocument: (state, actor) => {
        const doc = currentMediation(state)?.document;
        if (!doc) return false;
        return (
          actor === undefined ||
          canAnswerOrSign(
            state,
            actor,
            (party) =>
              doc.parties.some((p) => p.key === party) && !doc.signatures.some((s) => s.party === party),
          )
        );
      },
      recordMediationSignature: (state) => {
        const doc = currentMediation(state)?.document;
        return doc?.parties.some((p) => !doc.signatures.some((s) => s.party === p.key)) === true;
      },
      sealMediationDocument: (state) => {
        const doc = currentMediation(state)?.document;
        return doc !== undefined && doc.sealedOn === undefined;
      },
      declineMediation: (state, actor) =>
        currentMediation(state)?.status === 'inProgress' &&
        (actor === undefined || canAnswerOrSign(state, actor, () => true)),
    },
    presentEventData: {
      mediationProposed: (d, viewer) => ({ ...d, parties: namesFor(viewer, d.parties) }),
      mediationConsented: (d, viewer) => ({
        ...d,
        ...(d.reasonZh ? { reasonZh: textOf(viewer, d.party, d.reasonZh) } : {}),
      }),
      mediationDeclined: (d, viewer) => ({
        ...d,
        ...(d.reasonZh ? { reasonZh: textOf(viewer, d.party, d.reasonZh) } : {}),
      }),
      mediationDocumentIssued: (d, viewer) => ({ ...d, parties: namesFor(viewer, d.parties) }),
      mediationFailed: (d, viewer) => ({
        ...d,
        reasonZh: d.by === 'body' ? d.reasonZh : textOf(viewer, d.by, d.reasonZh),
      }),
    },
    present: (viewer, state) => ({
      mediations: (state.mediations ?? []).map((m) => presentMediation(viewer, state, m)),
    }),
    vocabulary: { mediationModesZh, answerChannelsZh, signatureChannelsZh },
  },
);

const answerOf = (d: Omit<MediationAnswer, 'consent'>, consent: boolean): MediationAnswer => ({
  ...d,
  consent,
});

function updateCurrent(state: CaseState, f: (m: Mediation) => Mediation): CaseState {
  const list = state.mediations ?? [];
  const last = list.at(-1);
  return last ? { ...state, mediations: [...list.slice(0, -1), f(last)] } : state;
}

/** Whether the person can answer or sign for their side now (an agent only with the power to mediate). */
function canAnswerOrSign(state: CaseState, actor: Actor, open: (party: PartyKey) => boolean): boolean {
  const acting = actingFor(state, actor);
  return acting !== undefined && open(acting.party) && requirePowers(acting, ['mediate'], '').ok;
}

function toEveryParty(state: CaseState, notice: Omit<Notice, 'recipient'>): Notice[] {
  return partyRecipients(state).map((recipient) => ({ recipient, ...notice }));
}

function toBody(state: CaseState, kind: string, subjectZh: string, bodyZh: string): Notice {
  return {
    recipient: bodyAudience(state.bodyId),
    kind,
    subjectZh: `${subjectZh}（${state.caseNumber}）`,
    bodyZh,
  };
}

/** A party's own words (a reason) as `viewer` sees them: the applicant's or a third party's through the table. */
function textOf(viewer: Viewer, party: PartyKey, text: string): string {
  if (party === 'respondent') return text;
  return showText(viewer, party === 'applicant' ? 'applicant' : 'thirdParty', text);
}

/**
 * Names a document or a proposal lists, as the viewer may see them (a timeline event has no case
 * to say whether a party is a person: counted as one, the stricter).
 */
function namesFor(viewer: Viewer, parties: readonly { readonly key: PartyKey; readonly nameZh: string }[]) {
  return parties.map((p) => ({
    key: p.key,
    nameZh:
      p.key === 'respondent'
        ? p.nameZh
        : showName(viewer, p.key === 'applicant' ? 'applicant' : 'thirdParty', p.nameZh, 'person'),
  }));
}

function presentMediation(viewer: Viewer, state: CaseState, m: Mediation) {
  const named = (key: PartyKey) => ({ key, nameZh: partyNameFor(viewer, state, key) });
  return {
    proposedOn: m.proposedOn,
    proposalZh: m.proposalZh,
    status: m.status,
    parties: partyKeys(state).map(named),
    answers: m.answers.map((a) => ({
      ...a,
      nameZh: partyNameFor(viewer, state, a.party),
      ...(a.reasonZh ? { reasonZh: textOf(viewer, a.party, a.reasonZh) } : {}),
    })),
    ...(m.startedOn ? { startedOn: m.startedOn } : {}),
    sessions: m.sessions,
    ...(m.document
      ? {
          document: {
            ...m.document,
            parties: m.document.parties.map((p) => named(p.key)),
            signatures: m.document.signatures.map((s) => ({
              ...s,
              nameZh: partyNameFor(viewer, state, s.party),
            })),
          },
        }
      : {}),
    ...(m.endedOn ? { endedOn: m.endedOn } : {}),
    ...(m.failure
      ? {
          failure: {
            by: m.failure.by,
            reasonZh:
              m.failure.by === 'body' ? m.failure.reasonZh : textOf(viewer, m.failure.by, m.failure.reasonZh),
          },
        }
      : {}),
  };
}
