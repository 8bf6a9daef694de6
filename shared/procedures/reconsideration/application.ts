import * as z from 'zod';
import { isIsoDate } from '../../calendar/time';
import { isValidPhone } from '../../validation/phone';
import { residentIdProblem } from '../../validation/resident-id';
import { usccProblem } from '../../validation/uscc';

/** Kinds of administrative act an application challenges, with their Chinese names. */
export const actKindsZh = {
  fine: '罚款',
  warning: '警告',
  publicCriticism: '通报批评',
  confiscation: '没收违法所得、没收非法财物',
  licence: '行政许可（含不予许可、吊销、撤销）',
  suspension: '责令停产停业、暂扣许可证件',
  detention: '行政拘留',
  compulsoryMeasure: '行政强制措施',
  informationDisclosure: '政府信息公开',
  failureToPerform: '不履行法定职责',
  naturalResourceRights: '自然资源权属确认',
  expropriation: '征收征用及补偿',
  socialSecurity: '社会保障待遇',
  other: '其他行政行为',
} as const;
export type ActKind = keyof typeof actKindsZh;
const actKindValues = Object.keys(actKindsZh) as [ActKind, ...ActKind[]];

const isoDate = z
  .string({ error: '请填写日期' })
  .refine(isIsoDate, { message: '日期格式应为 YYYY-MM-DD 且为真实日期' });
const nonEmpty = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { message: `请填写${label}` })
    .max(max, { message: `${label}不得超过${max}字` });
const phone = z
  .string({ error: '请填写联系电话' })
  .trim()
  .refine(isValidPhone, { message: '联系电话格式不正确（手机号11位，或带区号的固定电话）' });

const person = z.object({
  type: z.literal('person'),
  name: nonEmpty('申请人姓名', 50),
  residentId: z
    .string({ error: '请填写公民身份号码' })
    .trim()
    .transform((s) => s.toUpperCase())
    .superRefine((id, ctx) => {
      const problem = residentIdProblem(id);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  phone,
  address: nonEmpty('住址', 200),
});

const organisation = z.object({
  type: z.literal('organisation'),
  name: nonEmpty('单位名称', 100),
  uscc: z
    .string({ error: '请填写统一社会信用代码' })
    .trim()
    .transform((s) => s.toUpperCase())
    .superRefine((code, ctx) => {
      const problem = usccProblem(code);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  legalRepresentative: nonEmpty('法定代表人或主要负责人', 50),
  phone,
  address: nonEmpty('住所', 200),
});

export const applicationSchema = z.object({
  applicant: z.discriminatedUnion('type', [person, organisation], {
    error: '申请人类型应为 person（自然人）或 organisation（法人或其他组织）',
  }),
  agent: z
    .object({
      name: nonEmpty('代理人姓名', 50),
      phone,
      kind: z.enum(['lawyer', 'legalWorker', 'relative', 'other'], {
        error: '代理人类型应为律师、基层法律服务工作者、近亲属或其他',
      }),
    })
    .optional(),
  respondentAgencyId: nonEmpty('被申请人', 64),
  act: z.object({
    title: nonEmpty('行政行为名称', 200),
    documentNumber: z.string().trim().max(100, { message: '文书编号不得超过100字' }).optional(),
    madeOn: isoDate,
    learnedOn: isoDate,
    rightsNotified: z.boolean({ error: '请选择行政机关是否告知了申请复议的权利、复议机关和期限' }),
    /** When the applicant learned of the right to apply, if the agency did not tell them (Art. 20(3)). */
    rightsLearnedOn: isoDate.optional(),
    onTheSpot: z.boolean({ error: '请选择是否为当场作出的行政处罚' }),
    kind: z.enum(actKindValues, { error: '请选择行政行为类型' }),
    amountYuan: z
      .number({ error: '金额应为数字' })
      .nonnegative({ message: '金额不能为负数' })
      .max(1e12, { message: '金额过大' })
      .optional(),
    realProperty: z.boolean().default(false),
  }),
  requests: nonEmpty('行政复议请求', 2000),
  factsAndReasons: nonEmpty('事实和理由', 10000),
  hearingRequested: z.boolean().default(false),
  /** Art. 20(2): the applicant's account of a justified delay, for a late application. */
  delayReason: z.string().trim().max(2000, { message: '迟延理由不得超过2000字' }).optional(),
});

export type Application = z.infer<typeof applicationSchema>;
