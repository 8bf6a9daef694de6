import * as z from 'zod/mini';
import { idText, requiredText } from '../../validation/text';
import { expectedVersion, note, recordedDate } from './command-fields';
import { copyChannels, refusalReasons } from './events';
import { type ReviewCommand, reviewCommands } from './review';
import { settlementField } from './review/settlement';

const version = expectedVersion;
/** A correction notice lists every item at once; more than this is not a notice a person can answer. */
const MAX_CORRECTION_ITEMS = 50;

/** The actions of acceptance review (filing to acceptance); the review parts add the rest. */
const acceptanceCommands = [
  z.strictObject({
    action: z.literal('accept'),
    expectedVersion: version,
    track: z._default(
      z.enum(['ordinary', 'simplified'], {
        error: '程序应为 ordinary（普通程序）或 simplified（简易程序）',
      }),
      'ordinary',
    ),
    /** Art. 53(2): a case outside the simplified list may take it when all parties agree. */
    partiesAgreeToSimplified: z._default(z.boolean({ error: '请选择各方当事人是否同意适用简易程序' }), false),
  }),
  z.strictObject({
    action: z.literal('refuse'),
    expectedVersion: version,
    reasons: z
      .array(z.enum(refusalReasons, { error: '不予受理理由代码无效' }), { error: '请选择不予受理的理由' })
      .check(
        z.minLength(1, { message: '请至少选择一项不予受理的理由' }),
        z.maxLength(refusalReasons.length, { message: `不予受理的理由最多${refusalReasons.length}项` }),
        z.refine((reasons) => new Set(reasons).size === reasons.length, {
          message: '不予受理的理由有重复',
        }),
      ),
    competentBodyId: z.optional(idText('有管辖权的复议机关')),
    noteZh: note,
  }),
  z.strictObject({
    action: z.literal('requestCorrection'),
    expectedVersion: version,
    items: z
      .array(
        z.strictObject({
          field: requiredText('需补正的事项', { max: 100 }),
          descriptionZh: requiredText('补正要求', { max: 1000, multiline: true }),
        }),
        { error: '请列明全部需要补正的事项' },
      )
      .check(
        z.minLength(1, { message: '补正通知应一次性列明全部需要补正的事项' }),
        z.maxLength(MAX_CORRECTION_ITEMS, { message: `补正事项不得超过${MAX_CORRECTION_ITEMS}项` }),
      ),
    noteZh: note,
  }),
  z.strictObject({
    action: z.literal('submitCorrection'),
    expectedVersion: version,
    answers: z
      .array(
        z.strictObject({
          field: requiredText('补正事项', { max: 100 }),
          textZh: requiredText('补正内容', { max: 10000, multiline: true }),
        }),
        { error: '请逐项提交补正内容' },
      )
      .check(
        z.minLength(1, { message: '请逐项提交补正内容' }),
        z.maxLength(MAX_CORRECTION_ITEMS, { message: `补正内容不得超过${MAX_CORRECTION_ITEMS}项` }),
      ),
  }),
  z.strictObject({
    action: z.literal('forward'),
    expectedVersion: version,
    toBodyId: idText('有管辖权的复议机关'),
    noteZh: note,
  }),
  z.strictObject({
    action: z.literal('sendCopy'),
    expectedVersion: version,
    channel: z.enum(copyChannels, { error: '送达方式应为 online（网上送达）或 post（邮寄送达）' }),
    sentOn: recordedDate('发送日期'),
  }),
  z.strictObject({
    action: z.literal('recordCopyReceipt'),
    expectedVersion: version,
    receivedOn: recordedDate('被申请人收到副本的日期'),
  }),
  z.strictObject({
    action: z.literal('withdraw'),
    expectedVersion: version,
    reasonZh: requiredText('撤回理由', { max: 2000, multiline: true }),
    settlement: settlementField,
  }),
] as const;

const allCommands = [...acceptanceCommands, ...reviewCommands] as unknown as [
  (typeof acceptanceCommands)[number],
  ...(typeof acceptanceCommands)[number][],
];

/** The body of POST /v1/cases/{id}/actions, one shape per action. */
export const actionCommandSchema = z.discriminatedUnion('action', allCommands, {
  error: `操作类型无效：可选 ${allCommands.map((c) => c.shape.action._zod.def.values[0]).join('、')}`,
});

type AcceptanceCommand = z.infer<(typeof acceptanceCommands)[number]>;
export type ActionCommand = AcceptanceCommand | ReviewCommand;
export type ActionName = ActionCommand['action'];
export type { AcceptanceCommand };
