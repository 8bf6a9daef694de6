import * as z from 'zod/mini';
import { formatDateZh } from '../../../calendar/explain';
import type { IsoDate } from '../../../calendar/types';
import { bodyAudience } from '../../../domain/audiences';
import { refuse } from '../../../domain/refusals';
import { optionalText, requiredText } from '../../../validation/text';
import { expectedVersion, storedDate } from '../command-fields';
import type { CaseState } from '../types';
import { definePart, events } from './part';

/**
 * The respondent's written reply with the evidence and the basis of its act (Art. 48; Art. 54 in
 * the simplified procedure). Without a reply in time the act counts as having no evidence or
 * basis (Art. 70): the decision part then refuses to uphold it or reject the request.
 */

const isoDate = storedDate;
/** An evidence list a body can read through; a longer one goes in the uploaded files. */
const MAX_EVIDENCE_ITEMS = 200;

export interface Reply {
  readonly replyZh: string;
  readonly evidence: readonly { readonly nameZh: string; readonly purposeZh?: string }[];
  readonly legalBasisZh: string;
  readonly receivedOn: IsoDate;
  /** Received within the reply period (Art. 48 / 54); a late reply is kept but Art. 70 applies. */
  readonly inTime: boolean;
}

/**
 * Art. 70: the respondent did not reply, or replied after its period. Then the act is treated as
 * having no evidence or basis — unless it concerns a third party's rights and the third party
 * supplied evidence (the decision part asks that separately).
 */
export function noReplyInTime(state: CaseState): boolean {
  if (state.reply) return !state.reply.inTime;
  return state.deadlines.respondentReply?.status === 'lapsed';
}

export const replyPart = definePart(
  [
    z.strictObject({
      action: z.literal('submitReply'),
      expectedVersion,
      replyZh: requiredText('书面答复', { max: 20000, multiline: true }),
      evidence: z
        .array(
          z.strictObject({
            nameZh: requiredText('证据名称', { max: 200 }),
            purposeZh: optionalText('证明目的', { max: 1000, multiline: true }),
          }),
          { error: '请列明证据清单（可为空列表）' },
        )
        .check(z.maxLength(MAX_EVIDENCE_ITEMS, { message: `证据清单不得超过${MAX_EVIDENCE_ITEMS}项` })),
      legalBasisZh: requiredText('作出行政行为的依据', { max: 10000, multiline: true }),
    }),
  ],
  {
    replySubmitted: z.object({
      replyZh: z.string(),
      evidence: z.readonly(z.array(z.object({ nameZh: z.string(), purposeZh: z.optional(z.string()) }))),
      legalBasisZh: z.string(),
      receivedOn: isoDate,
      inTime: z.boolean(),
    }),
  },
  {
    decide: {
      submitReply(state, command, { base, today, spec, changes }) {
        if (!state.copy?.receivedOn)
          return refuse(
            'reply.copyNotReceived',
            '尚未登记被申请人收到行政复议申请书副本，答复期限尚未起算，请待复议机关登记后提交',
          );
        if (state.reply)
          return refuse(
            'reply.alreadySubmitted',
            `已于${formatDateZh(state.reply.receivedOn)}提交书面答复；补充材料请通过上传证据提交`,
          );
        const period = state.deadlines.respondentReply;
        return events({
          ...base,
          type: 'replySubmitted',
          deadlines: changes(spec),
          data: {
            replyZh: command.replyZh,
            evidence: command.evidence,
            legalBasisZh: command.legalBasisZh,
            receivedOn: today,
            inTime: period?.status === 'open',
          },
        });
      },
    },
    evolve: {
      replySubmitted: (state, data) => ({ ...state, reply: data }),
    },
    eventLabelsZh: { replySubmitted: '被申请人提交书面答复及证据、依据' },
    notices: {
      replySubmitted: (state, data) => [
        {
          recipient: bodyAudience(state.bodyId),
          kind: 'replySubmitted',
          subjectZh: `被申请人已提交书面答复（${state.caseNumber}）${data.inTime ? '' : '【逾期】'}`,
          bodyZh: data.inTime
            ? `被申请人于${formatDateZh(data.receivedOn)}提交书面答复及证据清单${data.evidence.length}项。`
            : `被申请人于${formatDateZh(data.receivedOn)}提交书面答复，已超过答复期限；依《行政复议法》第七十条，视为该行政行为没有证据、依据，但第三人提供证据的除外。`,
        },
        {
          recipient: state.applicantUserId,
          kind: 'replySubmitted',
          subjectZh: `被申请人已提交书面答复（${state.caseNumber}）`,
          bodyZh:
            '您可以在案件页面查阅被申请人的书面答复、作出行政行为的证据、依据和其他有关材料（《行政复议法》第四十七条），涉及国家秘密、商业秘密、个人隐私或者可能危及国家安全、公共安全、社会稳定的除外。',
        },
      ],
    },
    available: {
      submitReply: (state) => state.copy?.receivedOn !== undefined && !state.reply,
    },
    present: (_viewer, state) => ({
      reply: state.reply,
      noReplyInTime: noReplyInTime(state),
    }),
  },
);
