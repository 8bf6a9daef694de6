import { Checkbox, Form, Input, Radio, type RadioGroupProps, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { vocabulary } from '../../api/reference';
import type { ActionFields, CaseView } from '../../api/types';
import { formatDate } from '../../format';
import { choose, required } from '../../forms/problem';
import { MediationDocumentText } from '../case/Mediation';
import { currentMediation, partyName } from '../case/review-labels';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { CheckboxGroupField, DayField, Hint, isoDay, optional } from './fields';

/**
 * Mediation's forms (review/mediation.ts, Arts. 5, 73): the proposal, each party's answer (online,
 * or in writing recorded by the clerk), the sessions, the 调解书 and its signatures and seal, and
 * reneging or ending it.
 */

/** Agree or not, the group named by its label (`<idPrefix>-label`); the form item's value passes through. */
function ConsentOptions(props: RadioGroupProps & { readonly idPrefix: string }) {
  const { idPrefix, ...group } = props;
  return (
    <Radio.Group {...group} aria-labelledby={`${idPrefix}-label`}>
      <Radio value={true} data-testid={`${idPrefix}-yes`}>
        同意调解
      </Radio>
      <Radio value={false} data-testid={`${idPrefix}-no`}>
        不同意调解
      </Radio>
    </Radio.Group>
  );
}

/** The parties of the mediation under way, named as this person may see them. */
const mediationParties = (c: CaseView) => currentMediation(c)?.parties ?? [];

const ProposalText = ({ c }: { readonly c: CaseView }) => {
  const m = currentMediation(c);
  return m ? (
    <Typography.Paragraph className="pre-wrap" data-testid="mediation-proposal">
      调解事项：{m.proposalZh}（{formatDate(m.proposedOn)}提议）
    </Typography.Paragraph>
  ) : null;
};

/** 提议调解: every party is asked to consent (voluntary and lawful, Art. 5). */
export function ProposeMediationForm(props: ActionFormProps) {
  const labels = { proposalZh: '调解事项' };
  return (
    <ActionForm<'proposeMediation', { proposalZh: string }>
      {...props}
      action="proposeMediation"
      labels={labels}
      toFields={(v) => ({ proposalZh: v.proposalZh.trim() })}
    >
      <Hint>
        调解应当遵循合法、自愿原则，不得损害国家利益、社会公共利益和他人合法权益（《行政复议法》第五条）。各方当事人均同意后进入调解；调解期间审理期限继续计算。
      </Hint>
      <Form.Item name="proposalZh" label={labels.proposalZh} rules={[required(labels.proposalZh)]}>
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="mediation-proposal-text" />
      </Form.Item>
    </ActionForm>
  );
}

interface ConsentValues {
  consent: boolean;
  reasonZh?: string;
}

const ReasonIfDeclined = (props: { readonly testId: string }) => (
  <Form.Item noStyle dependencies={['consent']}>
    {({ getFieldValue }) =>
      getFieldValue('consent') === false ? (
        <Form.Item name="reasonZh" label="不同意调解的理由（选填）">
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid={props.testId} />
        </Form.Item>
      ) : null
    }
  </Form.Item>
);

/** 答复是否同意调解: the party's own answer online (an agent only with a special authority). */
export function ConsentToMediationForm(props: ActionFormProps) {
  const labels = { consent: '是否同意调解', reasonZh: '不同意调解的理由' };
  return (
    <ActionForm<'consentToMediation', ConsentValues>
      {...props}
      action="consentToMediation"
      labels={labels}
      toFields={(v) => ({ consent: v.consent, ...(v.consent ? {} : optional('reasonZh', v.reasonZh)) })}
    >
      <ProposalText c={props.caseView} />
      <Hint>
        调解以自愿为原则：不同意的，本案继续审理，复议机关依法作出行政复议决定。代理人代为答复须有申请人的特别授权。
      </Hint>
      <Form.Item
        name="consent"
        label={<span id="mediation-consent-label">{labels.consent}</span>}
        rules={[choose(labels.consent)]}
      >
        <ConsentOptions idPrefix="mediation-consent" />
      </Form.Item>
      <ReasonIfDeclined testId="mediation-consent-reason" />
    </ActionForm>
  );
}

interface RecordConsentValues extends ConsentValues {
  party: string;
  answeredOn: Dayjs;
}

/** 登记当事人对调解的意见: a party's written answer, recorded by the clerk. */
export function RecordMediationConsentForm(props: ActionFormProps) {
  const m = currentMediation(props.caseView);
  const open = mediationParties(props.caseView).filter((p) => !m?.answers.some((a) => a.party === p.key));
  const labels = {
    party: '当事人',
    consent: '是否同意调解',
    answeredOn: '书面意见的日期',
    reasonZh: '不同意调解的理由',
  };
  return (
    <ActionForm<'recordMediationConsent', RecordConsentValues>
      {...props}
      action="recordMediationConsent"
      labels={labels}
      initialValues={{ party: open[0]?.key }}
      toFields={(v) => ({
        party: v.party,
        consent: v.consent,
        answeredOn: isoDay(v.answeredOn),
        ...(v.consent ? {} : optional('reasonZh', v.reasonZh)),
      })}
    >
      <ProposalText c={props.caseView} />
      <Form.Item name="party" label={labels.party} rules={[choose(labels.party)]}>
        <Select
          data-testid="mediation-record-party"
          options={open.map((p) => ({ value: p.key, label: p.nameZh }))}
        />
      </Form.Item>
      <Form.Item
        name="consent"
        label={<span id="mediation-record-consent-label">{labels.consent}</span>}
        rules={[choose(labels.consent)]}
      >
        <ConsentOptions idPrefix="mediation-record-consent" />
      </Form.Item>
      <DayField
        name="answeredOn"
        labelZh={labels.answeredOn}
        from={m?.proposedOn}
        testId="mediation-answered-on"
      />
      <ReasonIfDeclined testId="mediation-record-reason" />
    </ActionForm>
  );
}

interface SessionValues {
  heldOn: Dayjs;
  mode: ActionFields<'recordMediationSession'>['mode'];
  participants: string[];
  summaryZh: string;
}

/** 记录调解情况: when, how, who took part and what was said. */
export function RecordMediationSessionForm(props: ActionFormProps) {
  const modesZh = vocabulary(props.reference, props.caseView.procedure, 'mediationModesZh');
  const m = currentMediation(props.caseView);
  const parties = mediationParties(props.caseView);
  const labels = {
    heldOn: '调解日期',
    mode: '调解方式',
    participants: '参加调解的当事人',
    summaryZh: '调解情况',
  };
  return (
    <ActionForm<'recordMediationSession', SessionValues>
      {...props}
      action="recordMediationSession"
      labels={labels}
      initialValues={{ mode: 'inPerson', participants: parties.map((p) => p.key) }}
      toFields={(v) => ({
        heldOn: isoDay(v.heldOn),
        mode: v.mode,
        participants: v.participants,
        summaryZh: v.summaryZh.trim(),
      })}
    >
      <DayField name="heldOn" labelZh={labels.heldOn} from={m?.startedOn} testId="mediation-held-on" />
      <Form.Item
        name="mode"
        label={<span id="mediation-mode-label">{labels.mode}</span>}
        rules={[choose(labels.mode)]}
      >
        <Radio.Group aria-labelledby="mediation-mode-label">
          {Object.entries(modesZh).map(([code, labelZh]) => (
            <Radio key={code} value={code} data-testid={`mediation-mode-${code}`}>
              {labelZh}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="participants"
        label={<span id="mediation-participants-label">{labels.participants}</span>}
        rules={[choose(labels.participants)]}
      >
        <CheckboxGroupField labelledBy="mediation-participants-label">
          {parties.map((p) => (
            <Checkbox key={p.key} value={p.key}>
              {p.nameZh}
            </Checkbox>
          ))}
        </CheckboxGroupField>
      </Form.Item>
      <Form.Item name="summaryZh" label={labels.summaryZh} rules={[required(labels.summaryZh)]}>
        <Input.TextArea rows={5} maxLength={10000} showCount data-testid="mediation-summary" />
      </Form.Item>
    </ActionForm>
  );
}

interface DocumentValues {
  requestsZh: string;
  factsZh: string;
  termsZh: string;
}

/** 制作行政复议调解书: the agreement the parties reached, for each of them to sign (Art. 73). */
export function IssueMediationDocumentForm(props: ActionFormProps) {
  const labels = { requestsZh: '申请人的行政复议请求', factsZh: '案件事实和争议', termsZh: '调解协议内容' };
  return (
    <ActionForm<'issueMediationDocument', DocumentValues>
      {...props}
      action="issueMediationDocument"
      labels={labels}
      initialValues={{ requestsZh: props.caseView.application.requests }}
      toFields={(v) => ({
        requestsZh: v.requestsZh.trim(),
        factsZh: v.factsZh.trim(),
        termsZh: v.termsZh.trim(),
      })}
    >
      <Hint>
        调解书经各方当事人签字或者签章，并加盖行政复议机关印章，即具有法律效力；生效前一方反悔的，复议机关应当依法及时作出行政复议决定（《行政复议法》第七十三条）。
      </Hint>
      <Form.Item name="requestsZh" label={labels.requestsZh} rules={[required(labels.requestsZh)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="factsZh" label={labels.factsZh} rules={[required(labels.factsZh)]}>
        <Input.TextArea rows={5} maxLength={10000} showCount data-testid="mediation-facts" />
      </Form.Item>
      <Form.Item name="termsZh" label={labels.termsZh} rules={[required(labels.termsZh)]}>
        <Input.TextArea rows={6} maxLength={10000} showCount data-testid="mediation-terms" />
      </Form.Item>
    </ActionForm>
  );
}

/** 确认并签收调解书: the party reads the document and confirms it (an agent only with a special authority). */
export function SignMediationDocumentForm(props: ActionFormProps) {
  const doc = currentMediation(props.caseView)?.document;
  const labels = { agreed: '确认' };
  return (
    <ActionForm<'signMediationDocument', { agreed: boolean }>
      {...props}
      action="signMediationDocument"
      labels={labels}
      toFields={() => ({ agreed: true })}
    >
      {doc ? <MediationDocumentText document={doc} /> : null}
      <Form.Item
        name="agreed"
        valuePropName="checked"
        rules={[
          {
            validator: (_rule, value) =>
              value ? Promise.resolve() : Promise.reject(new Error('请确认已阅读并同意调解书的内容')),
          },
        ]}
      >
        <Checkbox data-testid="mediation-agree">本人已阅读并同意本调解书的内容，确认签收</Checkbox>
      </Form.Item>
      <Hint>
        各方当事人均签收且复议机关加盖印章后，调解书生效，本案审结。如不同意，请选择“不同意调解或反悔”。
      </Hint>
    </ActionForm>
  );
}

interface SignatureValues {
  party: string;
  signedOn: Dayjs;
}

/** 登记当事人签收调解书: a signature on paper, recorded by the clerk. */
export function RecordMediationSignatureForm(props: ActionFormProps) {
  const doc = currentMediation(props.caseView)?.document;
  const unsigned = (doc?.parties ?? []).filter((p) => !doc?.signatures.some((s) => s.party === p.key));
  const labels = { party: '当事人', signedOn: '签字日期' };
  return (
    <ActionForm<'recordMediationSignature', SignatureValues>
      {...props}
      action="recordMediationSignature"
      labels={labels}
      initialValues={{ party: unsigned[0]?.key }}
      toFields={(v) => ({ party: v.party, signedOn: isoDay(v.signedOn) })}
    >
      <Form.Item name="party" label={labels.party} rules={[choose(labels.party)]}>
        <Select
          data-testid="mediation-signature-party"
          options={unsigned.map((p) => ({ value: p.key, label: partyName(props.caseView, p.key) }))}
        />
      </Form.Item>
      <DayField name="signedOn" labelZh={labels.signedOn} from={doc?.issuedOn} testId="mediation-signed-on" />
    </ActionForm>
  );
}

/** 调解书加盖印章: with every signature the document takes effect and the case closes. */
export function SealMediationDocumentForm(props: ActionFormProps) {
  const doc = currentMediation(props.caseView)?.document;
  const unsigned = (doc?.parties ?? []).filter((p) => !doc?.signatures.some((s) => s.party === p.key));
  return (
    <ActionForm<'sealMediationDocument', Record<string, never>>
      {...props}
      action="sealMediationDocument"
      labels={{}}
      toFields={() => ({})}
    >
      <Hint>
        {unsigned.length
          ? `尚未签收：${unsigned.map((p) => partyName(props.caseView, p.key)).join('、')}。加盖印章后，待各方当事人均签收时调解书生效。`
          : '各方当事人均已签收，加盖印章后调解书即生效，本案审结（《行政复议法》第七十三条）。'}
      </Hint>
    </ActionForm>
  );
}

/** 不同意调解或反悔: before the document takes effect; the case goes back to review. */
export function DeclineMediationForm(props: ActionFormProps) {
  const labels = { reasonZh: '不同意调解或反悔的理由' };
  return (
    <ActionForm<'declineMediation', { reasonZh: string }>
      {...props}
      action="declineMediation"
      labels={labels}
      toFields={(v) => ({ reasonZh: v.reasonZh.trim() })}
    >
      <Hint>
        调解书生效前反悔的，调解终止，本案恢复审理，复议机关将依法及时作出行政复议决定（《行政复议法》第七十三条）。
      </Hint>
      <Form.Item name="reasonZh" label={labels.reasonZh} rules={[required(labels.reasonZh)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount data-testid="mediation-decline-reason" />
      </Form.Item>
    </ActionForm>
  );
}

interface EndValues {
  party?: string;
  reasonZh: string;
}

/** 调解不成，恢复审理: no agreement, or a party's reneging given in writing. */
export function EndMediationForm(props: ActionFormProps) {
  const parties = mediationParties(props.caseView);
  const labels = { party: '反悔的当事人', reasonZh: '调解不成的情况' };
  return (
    <ActionForm<'endMediation', EndValues>
      {...props}
      action="endMediation"
      labels={labels}
      toFields={(v) => ({ reasonZh: v.reasonZh.trim(), ...(v.party ? { party: v.party } : {}) })}
    >
      <Hint>
        调解未达成协议或者调解书生效前一方反悔的，复议机关应当依法及时作出行政复议决定（《行政复议法》第七十三条）。
      </Hint>
      <Form.Item
        name="party"
        label={`${labels.party}（选填）`}
        extra="当事人书面反悔的，请选择该当事人；调解未达成协议的，不选"
      >
        <Select
          allowClear
          data-testid="mediation-end-party"
          options={parties.map((p) => ({ value: p.key, label: p.nameZh }))}
        />
      </Form.Item>
      <Form.Item name="reasonZh" label={labels.reasonZh} rules={[required(labels.reasonZh)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount data-testid="mediation-end-reason" />
      </Form.Item>
    </ActionForm>
  );
}
