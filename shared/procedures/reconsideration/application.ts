import * as z from 'zod/mini';
import { actDateField } from '../../validation/dates';
import { isValidPhone } from '../../validation/phone';
import { residentIdProblem } from '../../validation/resident-id';
import {
  idText,
  nameText,
  notAnObject,
  optionalText,
  requiredText,
  textString,
  trimInvisible,
} from '../../validation/text';
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

const phone = (label: string) =>
  textString(label).check(
    z.overwrite(trimInvisible),
    z.refine(isValidPhone, { message: `${label}格式不正确（手机号11位，或带区号的固定电话）` }),
  );
const yesNo = (messageZh: string) => z.boolean({ error: messageZh });

const person = z.strictObject({
  type: z.literal('person'),
  name: nameText('申请人姓名', 50),
  residentId: z
    .pipe(
      textString('公民身份号码').check(z.overwrite(trimInvisible)),
      z.transform((s: string) => s.toUpperCase()),
    )
    .check(
      z.superRefine((id, ctx) => {
        const problem = residentIdProblem(id);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    ),
  phone: phone('联系电话'),
  address: requiredText('住址', { max: 200 }),
});

const organisation = z.strictObject({
  type: z.literal('organisation'),
  name: nameText('单位名称', 100),
  uscc: z
    .pipe(
      textString('统一社会信用代码').check(z.overwrite(trimInvisible)),
      z.transform((s: string) => s.toUpperCase()),
    )
    .check(
      z.superRefine((code, ctx) => {
        const problem = usccProblem(code);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    ),
  legalRepresentative: nameText('法定代表人或主要负责人', 50),
  phone: phone('联系电话'),
  address: requiredText('住所', { max: 200 }),
});

export const applicationSchema = z.strictObject(
  {
    applicant: z.discriminatedUnion('type', [person, organisation], {
      error: '申请人类型应为 person（自然人）或 organisation（法人或其他组织）',
    }),
    agent: z.optional(
      z.strictObject(
        {
          name: nameText('代理人姓名', 50),
          phone: phone('代理人联系电话'),
          kind: z.enum(['lawyer', 'legalWorker', 'relative', 'other'], {
            error: '代理人类型应为律师、基层法律服务工作者、近亲属或其他',
          }),
        },
        { error: notAnObject('代理人信息应为对象（姓名、联系电话、代理人类型）') },
      ),
    ),
    respondentAgencyId: idText('被申请人'),
    act: z.strictObject(
      {
        title: requiredText('行政行为名称', { max: 200 }),
        documentNumber: optionalText('文书编号', { max: 100 }),
        madeOn: actDateField('行政行为作出日期'),
        learnedOn: actDateField('知道该行政行为的日期'),
        rightsNotified: yesNo('请选择行政机关是否告知了申请复议的权利、复议机关和期限'),
        /** When the applicant learned of the right to apply, if the agency did not tell them (Art. 20(3)). */
        rightsLearnedOn: z.optional(actDateField('知道申请复议权利的日期')),
        onTheSpot: yesNo('请选择是否为当场作出的行政处罚'),
        kind: z.enum(actKindValues, { error: '请选择行政行为类型' }),
        amountYuan: z.optional(
          z
            .number({ error: '涉及金额应为数字（元）' })
            .check(
              z.nonnegative({ message: '涉及金额不能为负数' }),
              z.maximum(1e12, { message: '涉及金额过大' }),
            ),
        ),
        realProperty: z._default(yesNo('请选择行政行为是否涉及不动产'), false),
      },
      { error: notAnObject('被申请复议的行政行为应为对象（名称、日期、类型等）') },
    ),
    requests: requiredText('行政复议请求', { max: 2000, multiline: true }),
    factsAndReasons: requiredText('事实和理由', { max: 10000, multiline: true }),
    hearingRequested: z._default(yesNo('请选择是否申请听证'), false),
    /** Art. 20(2): the applicant's account of a justified delay, for a late application. */
    delayReason: optionalText('迟延理由', { max: 2000, multiline: true }),
  },
  { error: notAnObject('申请书应为 JSON 对象') },
);

export type Application = z.infer<typeof applicationSchema>;
