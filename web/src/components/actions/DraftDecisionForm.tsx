import { Alert, Form, Radio } from 'antd';
import { vocabulary } from '../../api/reference';
import type { ActionFields } from '../../api/types';
import { formatDate } from '../../format';
import { choose } from '../../forms/problem';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { DaysField, Hint, optional, TextField } from './fields';

type Draft = ActionFields<'draftDecision'>;
type DecisionType = Draft['type'];
type Values = Partial<Draft>;

const labels = {
  type: '决定类型',
  findingsZh: '经审理查明的事实',
  reasonsZh: '决定理由',
  legalBasisZh: '决定依据',
  varyToZh: '变更后的内容',
  newActWithinDays: '重新作出行政行为的期限',
  performWithinDays: '履行期限',
  compensationZh: '行政赔偿决定',
  agreementLiabilityZh: '行政协议责任',
  committeeOpinionWeighingZh: '对行政复议委员会咨询意见的采纳情况',
};

/** What each type adds to the decision, and the article it rests on (the seven of Arts. 63–69). */
const typeHintsZh: Record<DecisionType, string> = {
  vary: '事实清楚、证据确凿、程序合法，但内容不适当或适用依据不合法的，决定变更（《行政复议法》第六十三条）。',
  revoke:
    '主要事实不清、证据不足，违反法定程序，适用依据不合法或者超越职权、滥用职权的，决定撤销或者部分撤销，并可以责令被申请人在一定期限内重新作出行政行为（《行政复议法》第六十四条）。',
  confirmUnlawful:
    '依法应予撤销但撤销会给国家利益、社会公共利益造成重大损害，或者程序轻微违法但对申请人权利不产生实际影响等情形，确认违法（《行政复议法》第六十五条）。',
  orderPerformance: '被申请人不履行法定职责的，决定被申请人在一定期限内履行（《行政复议法》第六十六条）。',
  confirmVoid:
    '实施主体不具有行政主体资格或者没有依据等重大且明显违法情形的，确认该行政行为无效（《行政复议法》第六十七条）。',
  uphold:
    '认定事实清楚、证据确凿、适用依据正确、程序合法、内容适当的，决定维持（《行政复议法》第六十八条）。',
  rejectRequest:
    '被申请人没有相应法定职责或者在受理前已经履行法定职责的，决定驳回行政复议请求（《行政复议法》第六十九条）。',
};

/** The fields that only one type carries are sent only with it. */
function toFields(v: Values): Draft {
  const type = v.type as DecisionType;
  return {
    type,
    findingsZh: v.findingsZh?.trim() ?? '',
    reasonsZh: v.reasonsZh?.trim() ?? '',
    legalBasisZh: v.legalBasisZh?.trim() ?? '',
    ...(type === 'vary' ? optional('varyToZh', v.varyToZh) : {}),
    ...(type === 'revoke' && v.newActWithinDays ? { newActWithinDays: v.newActWithinDays } : {}),
    ...(type === 'orderPerformance' && v.performWithinDays ? { performWithinDays: v.performWithinDays } : {}),
    ...optional('compensationZh', v.compensationZh),
    ...optional('agreementLiabilityZh', v.agreementLiabilityZh),
    ...optional('committeeOpinionWeighingZh', v.committeeOpinionWeighingZh),
  };
}

/**
 * 拟定行政复议决定: one of the decision types that fit the case (the API says which), its own
 * fields (变更 → what the act becomes, 撤销 → a period to act again, 责令履行 → a period to
 * perform), the facts, reasons and basis, and what else the decision settles. A draft returned
 * for revision opens with the earlier text and the office head's remarks.
 */
export function DraftDecisionForm(props: ActionFormProps) {
  const c = props.caseView;
  const typesZh = vocabulary(props.reference, c.procedure, 'decisionTypesZh');
  const returned = c.decision?.returned?.at(-1);
  const earlier = returned ? c.decision?.draft : undefined;
  const fit = c.decisionTypesFit;
  return (
    <ActionForm<'draftDecision', Values>
      {...props}
      action="draftDecision"
      labels={labels}
      initialValues={earlier ?? (fit.length === 1 ? { type: fit[0] } : {})}
      toFields={toFields}
    >
      <Hint>
        决定经行政复议机构负责人同意或者集体讨论通过后，以行政复议机关的名义作出（《行政复议法》第六十一条）。拟定后案件进入决定审批。
      </Hint>
      {returned ? (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          data-testid="draft-returned"
          title={`决定稿已于${formatDate(returned.on)}退回修改`}
          description={<span className="pre-wrap">修改意见：{returned.reasonZh}</span>}
        />
      ) : null}
      {c.noReplyInTime ? (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          data-testid="draft-art70"
          title="被申请人未在法定期限内提出书面答复、提交证据和依据"
          description="视为该行政行为没有证据、依据，不能决定维持或者驳回行政复议请求，但行政行为涉及第三人合法权益、第三人提供证据的除外（《行政复议法》第七十条）。"
        />
      ) : null}
      <Form.Item
        name="type"
        label={<span id="draft-type-label">{labels.type}</span>}
        rules={[choose(labels.type)]}
      >
        <Radio.Group aria-labelledby="draft-type-label" className="vertical-options">
          {fit.map((t) => (
            <Radio key={t} value={t} data-testid={`draft-type-${t}`}>
              {typesZh[t] ?? t}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item noStyle dependencies={['type']}>
        {({ getFieldValue }) => {
          const type = getFieldValue('type') as DecisionType | undefined;
          if (!type) return null;
          return (
            <>
              <Hint>{typeHintsZh[type]}</Hint>
              {type === 'vary' ? (
                <TextField
                  name="varyToZh"
                  labelZh={labels.varyToZh}
                  max={5000}
                  rows={4}
                  testId="draft-vary-to"
                  extra="写明变更后的行政行为内容"
                />
              ) : null}
              {type === 'revoke' ? (
                <DaysField
                  name="newActWithinDays"
                  labelZh={`责令被申请人${labels.newActWithinDays}`}
                  testId="draft-new-act-days"
                  optional
                  extra="不需要重新作出行政行为的，不填"
                />
              ) : null}
              {type === 'orderPerformance' ? (
                <DaysField
                  name="performWithinDays"
                  labelZh={labels.performWithinDays}
                  testId="draft-perform-days"
                />
              ) : null}
            </>
          );
        }}
      </Form.Item>
      <TextField name="findingsZh" labelZh={labels.findingsZh} max={20000} rows={8} testId="draft-findings" />
      <TextField name="reasonsZh" labelZh={labels.reasonsZh} max={20000} rows={8} testId="draft-reasons" />
      <TextField
        name="legalBasisZh"
        labelZh={labels.legalBasisZh}
        max={5000}
        rows={3}
        testId="draft-basis"
        extra="写明决定所依据的法律条款"
      />
      <TextField
        name="compensationZh"
        labelZh={labels.compensationZh}
        max={5000}
        rows={3}
        optional
        testId="draft-compensation"
        extra="申请人一并提出行政赔偿请求的（《行政复议法》第七十二条）"
      />
      <TextField
        name="agreementLiabilityZh"
        labelZh={labels.agreementLiabilityZh}
        max={5000}
        rows={3}
        optional
        testId="draft-agreement"
        extra="涉及行政协议的，被申请人应当承担的责任（《行政复议法》第七十一条）"
      />
      <TextField
        name="committeeOpinionWeighingZh"
        labelZh={labels.committeeOpinionWeighingZh}
        max={5000}
        rows={3}
        optional
        testId="draft-committee"
        extra="提请行政复议委员会提出咨询意见的，写明对咨询意见的采纳情况（《行政复议法》第六十一条）"
      />
    </ActionForm>
  );
}
