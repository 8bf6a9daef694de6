import * as z from 'zod/mini';
import { formatDateZh } from '../../../calendar/explain';
import type { IsoDate } from '../../../calendar/types';
import { bodyAudience } from '../../../domain/audiences';
import type { ActionContext, ActionOutcome, Notice } from '../../../domain/procedure';
import { type Decision, ok, refuse } from '../../../domain/refusals';
import { showText } from '../../../domain/visibility';
import { requiredText } from '../../../validation/text';
import type { Application } from '../application';
import { expectedVersion, note, recordedDate, storedDate } from '../command-fields';
import { reconsiderationTimeLimits } from '../rules';
import type { CaseState } from '../types';
import { definePart, events } from './part';
import { actingFor, applicantSideRecipients, partyRecipients, requirePowers } from './parties';

/**
 * Settlement and withdrawal (Arts. 74, 41): before acceptance the applicant's withdrawal ends the
 * case at once; after it, the applicant (or an agent with a special authority to withdraw — and to
 * settle, when a settlement agreement 和解协议 comes with it) asks to withdraw, and the head of the
 * office approves it (the reconsideration ends, Art. 41(1)(1)) or refuses it with a reason (the
 * review goes on). An approved withdrawal bars a new application on the same claim unless the
 * applicant shows it was against their true will (Art. 74(2)): `refilingBar` below, checked when
 * filing; the body judges such a statement in the acceptance review (assessPriorWithdrawal).
 */

export interface Withdrawal {
  readonly requestedOn: IsoDate;
  readonly reasonZh: string;
  /** The settlement agreement (和解协议) the withdrawal follows, if any (Art. 74(1)). */
  readonly settlement?: { readonly summaryZh: string; readonly concludedOn: IsoDate };
  readonly byAgentId?: string;
  readonly status: 'pending' | 'approved' | 'refused';
  readonly decidedOn?: IsoDate;
  readonly refusalReasonZh?: string;
}

/** The body's finding on a statement that an earlier withdrawal was not the applicant's true will. */
export interface PriorWithdrawalAssessment {
  readonly withdrawalGenuine: boolean;
  readonly reasonZh: string;
  readonly on: IsoDate;
}

/** The state slice of this part (in CaseState). */
export interface SettlementSlice {
  /** Every request to withdraw after acceptance, the latest last. */
  readonly withdrawals?: readonly Withdrawal[];
  readonly priorWithdrawalAssessment?: PriorWithdrawalAssessment;
}

/** The settlement agreement a withdrawal may come with (a field of the `withdraw` command). */
export const settlementField = z.optional(
  z.strictObject({
    summaryZh: requiredText('和解协议的主要内容', { max: 5000, multiline: true }),
    concludedOn: recordedDate('和解协议签订日期'),
  }),
);

export const pendingWithdrawal = (state: SettlementSlice): Withdrawal | undefined => {
  const last = state.withdrawals?.at(-1);
  return last?.status === 'pending' ? last : undefined;
};

/** Whether the case ended by an approved withdrawal (Art. 41(1)(1)). */
export const withdrawalApproved = (state: SettlementSlice): boolean =>
  (state.withdrawals ?? []).some((w) => w.status === 'approved');

const litigation = reconsiderationTimeLimits.litigationAfterDecision;

const priorWithdrawalRefusalZh =
  '申请人撤回行政复议申请经准予后，又以同一事实和理由提出行政复议申请，且不能证明撤回违背其真实意思表示（《行政复议法》第七十四条第二款）';

/**
 * The applicant's `withdraw`, in every stage that offers it. The stage graph says where it goes:
 * straight to closed before acceptance, to the office head's review after (Arts. 41, 74).
 */
export function decideWithdraw(
  state: CaseState,
  command: {
    readonly reasonZh: string;
    readonly settlement?: { readonly summaryZh: string; readonly concludedOn: IsoDate };
  },
  ctx: ActionContext,
): Decision<ActionOutcome> {
  const { base, spec, today, changes } = ctx;
  const acting = actingFor(state, ctx.actor);
  const authority = command.settlement
    ? requirePowers(acting, ['settle', 'withdraw'], '和解并撤回行政复议申请')
    : requirePowers(acting, ['withdraw'], '撤回行政复议申请');
  if (!authority.ok) return authority;
  if (spec.to === 'closed') {
    if (command.settlement)
      return refuse(
        'request.invalid',
        '案件尚未受理，撤回申请即时生效，无需提交和解协议；如已和解，请在撤回理由中说明',
        [{ path: 'settlement', messageZh: '受理前撤回无需提交和解协议' }],
      );
    return events({
      ...base,
      type: 'withdrawn',
      deadlines: changes(spec),
      data: { reasonZh: command.reasonZh },
    });
  }
  const concluded = command.settlement?.concludedOn;
  const from = state.acceptedOn ?? state.receivedOn;
  if (concluded !== undefined && (concluded < from || concluded > today))
    return refuse('review.dateInvalid', '和解协议签订日期应在受理之日与今天之间', [
      { path: 'settlement.concludedOn', messageZh: `应在${formatDateZh(from)}至${formatDateZh(today)}之间` },
    ]);
  return events({
    ...base,
    type: 'withdrawalRequested',
    data: {
      reasonZh: command.reasonZh,
      requestedOn: today,
      fromStage: state.stage,
      ...(command.settlement ? { settlement: command.settlement } : {}),
      ...(acting?.agent ? { byAgentId: acting.agent.id } : {}),
    },
  });
}

// ------------------------------------------------------------------------ the bar on refiling

/** Act document numbers compared without spaces and with brackets of any width alike: 宁市监罚〔2026〕88号 = 宁市监罚[2026]88号. */
const normalised = (s: string) =>
  s
    .replace(/[\s\u3000]/g, '')
    .replace(/[〔［【（([]/g, '(')
    .replace(/[〕］】）)\]]/g, ')')
    .toUpperCase();

const identityOf = (a: Application['applicant']) => (a.type === 'person' ? a.residentId : a.uscc);

/**
 * The same claim (Art. 74(2): 同一事实和理由): the same applicant (by identity number or credit
 * code, whatever account filed) against the same act of the same respondent. The act is the same
 * when both name its document number and the numbers agree; an act without a number (e.g. a
 * failure to perform) is the same when its kind, date and title agree. Facts and reasons are free
 * text a person may reword: the act they contest is what makes the claim the same.
 */
export function sameClaim(a: Application, b: Application): boolean {
  if (a.applicant.type !== b.applicant.type || identityOf(a.applicant) !== identityOf(b.applicant))
    return false;
  if (a.respondentAgencyId !== b.respondentAgencyId) return false;
  const [x, y] = [a.act, b.act];
  if (x.documentNumber && y.documentNumber)
    return normalised(x.documentNumber) === normalised(y.documentNumber);
  return x.kind === y.kind && x.madeOn === y.madeOn && normalised(x.title) === normalised(y.title);
}

/**
 * Whether the applicant's own earlier cases bar this application: one on the same claim whose
 * withdrawal was approved bars it, unless the application names that case and states why the
 * withdrawal was against the applicant's true will (the body then judges it).
 */
export function refilingBar(application: Application, earlier: readonly CaseState[]): Decision<true> {
  const barring = earlier.find(
    (c) =>
      c.procedure === 'reconsideration' &&
      withdrawalApproved(c) &&
      sameClaim(application, c.application) &&
      application.priorWithdrawal?.caseNumber.trim() !== c.caseNumber,
  );
  if (!barring) return ok(true);
  const approvedOn = barring.withdrawals?.find((w) => w.status === 'approved')?.decidedOn;
  return refuse(
    'filing.withdrawnBefore',
    `您就同一行政行为提出的行政复议申请（${barring.caseNumber}）已${approvedOn ? `于${formatDateZh(approvedOn)}` : ''}经准予撤回，不得再以同一事实和理由提出行政复议申请（《行政复议法》第七十四条第二款）。如能证明撤回违背您的真实意思表示，请在申请中填写前次案件编号并说明理由`,
    [
      {
        path: 'priorWithdrawal',
        messageZh: `请填写前次案件编号（${barring.caseNumber}）并说明撤回违背真实意思表示的理由`,
      },
    ],
  );
}

// ------------------------------------------------------------------------ the part

const isoDate = storedDate;

export const settlementPart = definePart(
  [
    z.strictObject({ action: z.literal('approveWithdrawal'), expectedVersion, noteZh: note }),
    z.strictObject({
      action: z.literal('refuseWithdrawal'),
      expectedVersion,
      reasonZh: requiredText('不准予撤回的理由', { max: 2000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('assessPriorWithdrawal'),
      expectedVersion,
      withdrawalGenuine: z.boolean({ error: '请选择前次撤回是否出于申请人的真实意思' }),
      reasonZh: requiredText('审查意见', { max: 2000, multiline: true }),
    }),
  ],
  {
    withdrawalRequested: z.object({
      reasonZh: z.string(),
      requestedOn: isoDate,
      fromStage: z.string(),
      settlement: z.optional(z.object({ summaryZh: z.string(), concludedOn: isoDate })),
      byAgentId: z.optional(z.string()),
    }),
    withdrawalApproved: z.object({ approvedOn: isoDate, noteZh: z.optional(z.string()) }),
    withdrawalRefused: z.object({ reasonZh: z.string(), decidedOn: isoDate }),
    priorWithdrawalAssessed: z.object({
      priorCaseNumber: z.string(),
      withdrawalGenuine: z.boolean(),
      reasonZh: z.string(),
      on: isoDate,
    }),
  },
  {
    decide: {
      approveWithdrawal(state, command, { base, spec, today, changes }) {
        if (!pendingWithdrawal(state)) return noPending();
        return events({
          ...base,
          type: 'withdrawalApproved',
          deadlines: changes(spec),
          data: { approvedOn: today, ...(command.noteZh ? { noteZh: command.noteZh } : {}) },
        });
      },
      refuseWithdrawal(state, command, { base, today }) {
        if (!pendingWithdrawal(state)) return noPending();
        return events({
          ...base,
          type: 'withdrawalRefused',
          data: { reasonZh: command.reasonZh, decidedOn: today },
        });
      },
      assessPriorWithdrawal(state, command, ctx) {
        const prior = state.application.priorWithdrawal;
        if (!prior || state.priorWithdrawalAssessment)
          return refuse(
            'settlement.noPriorWithdrawal',
            prior ? '已审查过前次撤回是否出于真实意思' : '申请人未主张前次撤回违背其真实意思表示，无需审查',
          );
        const data = {
          priorCaseNumber: prior.caseNumber,
          withdrawalGenuine: command.withdrawalGenuine,
          reasonZh: command.reasonZh,
          on: ctx.today,
        };
        // Found genuine, the application is not accepted (where the stage graph leads); found not
        // genuine, the acceptance review goes on.
        if (!command.withdrawalGenuine)
          return events({ ...ctx.base, toStage: 'acceptanceReview', type: 'priorWithdrawalAssessed', data });
        return events({
          ...ctx.base,
          type: 'priorWithdrawalAssessed',
          deadlines: ctx.changes(ctx.spec),
          data,
        });
      },
    },
    evolve: {
      withdrawalRequested: (state, d) => ({
        ...state,
        withdrawals: [
          ...(state.withdrawals ?? []),
          {
            requestedOn: d.requestedOn,
            reasonZh: d.reasonZh,
            ...(d.settlement ? { settlement: d.settlement } : {}),
            ...(d.byAgentId ? { byAgentId: d.byAgentId } : {}),
            status: 'pending',
          },
        ],
      }),
      withdrawalApproved: (state, d) => {
        const w = pendingWithdrawal(state);
        return {
          ...updatePending(state, { status: 'approved', decidedOn: d.approvedOn }),
          closure: {
            kind: 'withdrawn',
            on: d.approvedOn,
            detailZh: `准予撤回行政复议申请，行政复议终止（《行政复议法》第四十一条第一款第一项）。撤回理由：${w?.reasonZh ?? ''}`,
          },
        };
      },
      withdrawalRefused: (state, d) =>
        updatePending(state, { status: 'refused', decidedOn: d.decidedOn, refusalReasonZh: d.reasonZh }),
      priorWithdrawalAssessed: (state, d) => ({
        ...state,
        priorWithdrawalAssessment: { withdrawalGenuine: d.withdrawalGenuine, reasonZh: d.reasonZh, on: d.on },
        ...(d.withdrawalGenuine
          ? { closure: { kind: 'refused', on: d.on, detailZh: `${priorWithdrawalRefusalZh}：${d.reasonZh}` } }
          : {}),
      }),
    },
    eventLabelsZh: {
      withdrawalRequested: '申请撤回行政复议申请',
      withdrawalApproved: '准予撤回，行政复议终止（《行政复议法》第四十一条）',
      withdrawalRefused: '不准予撤回',
      priorWithdrawalAssessed: '审查前次撤回是否出于真实意思（《行政复议法》第七十四条）',
    },
    notices: {
      withdrawalRequested: (state, d) => [
        {
          recipient: bodyAudience(state.bodyId),
          kind: 'withdrawalRequested',
          subjectZh: `申请人申请撤回行政复议申请，待审查（${state.caseNumber}）`,
          bodyZh: `撤回理由：${d.reasonZh}。${d.settlement ? `和解协议（${formatDateZh(d.settlement.concludedOn)}签订）：${d.settlement.summaryZh}。请审查和解内容是否损害国家利益、社会公共利益和他人合法权益（《行政复议法》第七十四条）。` : ''}请复议机构负责人决定是否准予撤回。`,
        },
        ...applicantSideRecipients(state).map(
          (recipient): Notice => ({
            recipient,
            kind: 'withdrawalRequested',
            subjectZh: `已收到撤回行政复议申请（${state.caseNumber}）`,
            bodyZh:
              '撤回申请须经行政复议机构准予；准予撤回后行政复议终止，不得再以同一事实和理由提出行政复议申请（《行政复议法》第七十四条第二款）。',
          }),
        ),
      ],
      withdrawalApproved: (state, d) =>
        partyRecipients(state).map(
          (recipient): Notice => ({
            recipient,
            kind: 'withdrawalApproved',
            subjectZh: `准予撤回，行政复议终止（${state.caseNumber}）`,
            bodyZh: `行政复议机构于${formatDateZh(d.approvedOn)}准予申请人撤回行政复议申请，本案行政复议终止（《行政复议法》第四十一条第一款第一项）。申请人不得再以同一事实和理由提出行政复议申请，能够证明撤回违背其真实意思表示的除外（《行政复议法》第七十四条第二款）。${d.noteZh ? `说明：${d.noteZh}` : ''}`,
          }),
        ),
      withdrawalRefused: (state, d) =>
        [...applicantSideRecipients(state), bodyAudience(state.bodyId)].map(
          (recipient): Notice => ({
            recipient,
            kind: 'withdrawalRefused',
            subjectZh: `不准予撤回行政复议申请（${state.caseNumber}）`,
            bodyZh: `理由：${d.reasonZh}。本案继续审理。`,
          }),
        ),
      priorWithdrawalAssessed: (state, d) => [
        {
          recipient: state.applicantUserId,
          kind: 'priorWithdrawalAssessed',
          subjectZh: d.withdrawalGenuine
            ? `不予受理决定（${state.caseNumber}）`
            : `前次撤回经审查违背您的真实意思表示（${state.caseNumber}）`,
          bodyZh: d.withdrawalGenuine
            ? `${priorWithdrawalRefusalZh}。审查意见：${d.reasonZh}。对不予受理决定不服的，可以自收到决定书之日起${litigation.amount}日内依法提起行政诉讼（${litigation.article}）。`
            : `经审查，您撤回前次申请（${d.priorCaseNumber}）违背您的真实意思表示，本次申请继续进行受理审查。审查意见：${d.reasonZh}`,
        },
      ],
    },
    presentEventData: {
      withdrawalRequested: (d, viewer) => ({
        ...d,
        reasonZh: showText(viewer, 'applicant', d.reasonZh),
        ...(d.settlement
          ? {
              settlement: {
                ...d.settlement,
                summaryZh: showText(viewer, 'applicant', d.settlement.summaryZh),
              },
            }
          : {}),
      }),
    },
    present: (viewer, state) => ({
      withdrawals: (state.withdrawals ?? []).map((w) => ({
        ...w,
        reasonZh: showText(viewer, 'applicant', w.reasonZh),
        ...(w.settlement
          ? {
              settlement: {
                ...w.settlement,
                summaryZh: showText(viewer, 'applicant', w.settlement.summaryZh),
              },
            }
          : {}),
      })),
      ...(state.priorWithdrawalAssessment
        ? { priorWithdrawalAssessment: state.priorWithdrawalAssessment }
        : {}),
    }),
    available: {
      assessPriorWithdrawal: (state) =>
        state.application.priorWithdrawal !== undefined && state.priorWithdrawalAssessment === undefined,
    },
  },
);

const noPending = () => refuse('action.notAllowedInStage', '没有待审查的撤回申请');

function updatePending(state: CaseState, change: Partial<Withdrawal>): CaseState {
  const list = state.withdrawals ?? [];
  const last = list.at(-1);
  return last?.status === 'pending'
    ? { ...state, withdrawals: [...list.slice(0, -1), { ...last, ...change }] }
    : state;
}
