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

export const phoneField = (label: string) =>
  textString(label).check(
    z.overwrite(trimInvisible),
    z.refine(isValidPhone, { message: `${label}格式不正确（手机号11位，或带区号的固定电话）` }),
  );
const phone = phoneField;
const yesNo = (messageZh: string) => z.boolean({ error: messageZh });

/** A resident identity number: trimmed, upper-case X, its checksum and date checked. */
export const residentIdField = (label: string) =>
  z
    .pipe(
      textString(label).check(z.overwrite(trimInvisible)),
      z.transform((s: string) => s.toUpperCase()),
    )
    .check(
      z.superRefine((id, ctx) => {
        const problem = residentIdProblem(id);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    );

/** A unified social credit code (统一社会信用代码): trimmed, upper-case, its check character checked. */
export const usccField = (label: string) =>
  z
    .pipe(
      textString(label).check(z.overwrite(trimInvisible)),
      z.transform((s: string) => s.toUpperCase()),
    )
    .check(
      z.superRefine((code, ctx) => {
        const problem = usccProblem(code);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    );

const person = z.strictObject({
  type: z.literal('person'),
  name: nameText('申请人姓名', 50),
  residentId: residentIdField('公民身份号码'),
  phone: phone('联系电话'),
  address: requiredText('住址', { max: 200 }),
});

const organisation = z.strictObject({
  type: z.literal('organisation'),
  name: nameText('单位名称', 100),
  uscc: usccField('统一社会信用代码'),
  legalRepresentative: nameText('法定代表人或主要负责人', 50),
  phone: phone('联系电话'),
  address: requiredText('住所', { max: 200 }),
});

/**
 * What an agent's power of attorney (授权委托书) may grant beyond general authority (一般授权):
 * each must be listed for a special authority (特别授权). An agent without the power may not do
 * it for the applicant; the review parts check it (review/parties.ts).
 */
export const specialPowersZh = {
  withdraw: '代为撤回行政复议申请',
  settle: '代为和解',
  mediate: '代为参加调解、签收调解书',
  changeRequests: '代为变更、放弃行政复议请求',
} as const;
export type SpecialPower = keyof typeof specialPowersZh;
const specialPowers = Object.keys(specialPowersZh) as [SpecialPower, ...SpecialPower[]];
export const agentKindsZh = {
  lawyer: '律师',
  legalWorker: '基层法律服务工作者',
  relative: '近亲属',
  other: '其他公民',
} as const;
const agentKinds = Object.keys(agentKindsZh) as [keyof typeof agentKindsZh];
export const authorityScopesZh = { general: '一般授权', special: '特别授权' } as const;

/**
 * An agent (Art. 17) and the authority of their power of attorney: general by default; a special
 * authority lists its powers. With the account they sign in with (`userId`), the agent sees the
 * case and acts for the applicant within that authority.
 */
export const agentSchema = z
  .strictObject(
    {
      name: nameText('代理人姓名', 50),
      phone: phone('代理人联系电话'),
      kind: z.enum(agentKinds, { error: '代理人类型应为律师、基层法律服务工作者、近亲属或其他' }),
      scope: z._default(
        z.enum(['general', 'special'], { error: '授权范围应为 general（一般授权）或 special（特别授权）' }),
        'general',
      ),
      powers: z.optional(
        z
          .array(z.enum(specialPowers, { error: '特别授权事项无效' }), { error: '请列明特别授权的事项' })
          .check(z.refine((p) => new Set(p).size === p.length, { message: '特别授权事项有重复' })),
      ),
      userId: z.optional(idText('代理人的登录账号')),
    },
    { error: notAnObject('代理人信息应为对象（姓名、联系电话、代理人类型）') },
  )
  .check(
    z.superRefine((agent, ctx) => {
      const listed = agent.powers?.length ?? 0;
      if (agent.scope === 'special' && listed === 0)
        ctx.addIssue({ code: 'custom', path: ['powers'], message: '特别授权应在授权委托书中列明授权事项' });
      if (agent.scope === 'general' && listed > 0)
        ctx.addIssue({
          code: 'custom',
          path: ['powers'],
          message: '一般授权不包括特别授权事项；如需授权，请选择特别授权',
        });
    }),
  );
export type AgentInput = z.infer<typeof agentSchema>;

export const applicationSchema = z.strictObject(
  {
    applicant: z.discriminatedUnion('type', [person, organisation], {
      error: '申请人类型应为 person（自然人）或 organisation（法人或其他组织）',
    }),
    agent: z.optional(agentSchema),
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
    /**
     * An applicant whose withdrawal of an application on the same act was approved may apply again
     * only if the withdrawal was against their true will (Art. 74(2)): they name the earlier case
     * and say why; the body judges it in the acceptance review.
     */
    priorWithdrawal: z.optional(
      z.strictObject(
        {
          caseNumber: requiredText('前次撤回的案件编号', { max: 100 }),
          notGenuineZh: requiredText('撤回违背真实意思表示的理由', { max: 2000, multiline: true }),
        },
        { error: notAnObject('前次撤回的说明应为对象（案件编号、理由）') },
      ),
    ),
  },
  { error: notAnObject('申请书应为 JSON 对象') },
);

export type Application = z.infer<typeof applicationSchema>;
