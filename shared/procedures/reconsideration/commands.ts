import * as z from 'zod';
import { isIsoDate } from '../../calendar/time';
import { copyChannels, refusalReasons } from './events';

const version = z
  .number({ error: '请提供 expectedVersion（您看到的案件版本号）' })
  .int({ message: 'expectedVersion 应为整数' })
  .min(1, { message: 'expectedVersion 应为正整数' });
const isoDate = (labelZh: string) =>
  z
    .string({ error: `请填写${labelZh}` })
    .refine(isIsoDate, { message: `${labelZh}应为有效日期（YYYY-MM-DD）` });
const note = z.string().trim().max(2000, { message: '说明不得超过2000字' }).optional();

/** The body of POST /v1/cases/{id}/actions, one shape per action. */
export const actionCommandSchema = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('accept'),
      expectedVersion: version,
      track: z
        .enum(['ordinary', 'simplified'], { error: '程序应为 ordinary（普通程序）或 simplified（简易程序）' })
        .default('ordinary'),
      /** Art. 53(2): a case outside the simplified list may take it when all parties agree. */
      partiesAgreeToSimplified: z.boolean().default(false),
    }),
    z.object({
      action: z.literal('refuse'),
      expectedVersion: version,
      reasons: z
        .array(z.enum(refusalReasons, { error: '不予受理理由代码无效' }), { error: '请选择不予受理的理由' })
        .min(1, { message: '请至少选择一项不予受理的理由' }),
      competentBodyId: z.string().trim().min(1).optional(),
      noteZh: note,
    }),
    z.object({
      action: z.literal('requestCorrection'),
      expectedVersion: version,
      items: z
        .array(
          z.object({
            field: z.string().trim().min(1, { message: '请写明需补正的事项' }).max(100),
            descriptionZh: z.string().trim().min(1, { message: '请写明补正要求' }).max(1000),
          }),
          { error: '请列明全部需要补正的事项' },
        )
        .min(1, { message: '补正通知应一次性列明全部需要补正的事项' }),
      noteZh: note,
    }),
    z.object({
      action: z.literal('submitCorrection'),
      expectedVersion: version,
      answers: z
        .array(
          z.object({
            field: z.string().trim().min(1).max(100),
            textZh: z.string().trim().min(1, { message: '补正内容不能为空' }).max(10000),
          }),
          { error: '请逐项提交补正内容' },
        )
        .min(1, { message: '请逐项提交补正内容' }),
    }),
    z.object({
      action: z.literal('forward'),
      expectedVersion: version,
      toBodyId: z
        .string({ error: '请选择有管辖权的复议机关' })
        .trim()
        .min(1, { message: '请选择有管辖权的复议机关' }),
      noteZh: note,
    }),
    z.object({
      action: z.literal('sendCopy'),
      expectedVersion: version,
      channel: z.enum(copyChannels, { error: '送达方式应为 online（网上送达）或 post（邮寄送达）' }),
      sentOn: isoDate('发送日期'),
    }),
    z.object({
      action: z.literal('recordCopyReceipt'),
      expectedVersion: version,
      receivedOn: isoDate('被申请人收到副本的日期'),
    }),
    z.object({
      action: z.literal('withdraw'),
      expectedVersion: version,
      reasonZh: z.string({ error: '请说明撤回理由' }).trim().min(1, { message: '请说明撤回理由' }).max(2000),
    }),
  ],
  {
    error:
      '操作类型无效：可选 accept、refuse、requestCorrection、submitCorrection、forward、sendCopy、recordCopyReceipt、withdraw',
  },
);

export type ActionCommand = z.infer<typeof actionCommandSchema>;
export type ActionName = ActionCommand['action'];
