import { Form, Input, Radio, Typography } from 'antd';
import type { CaseView } from '../../api/types';
import { formatDate } from '../../format';
import { choose, required } from '../../forms/problem';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint, NoteField, optional } from './fields';

/**
 * The office head's review of a withdrawal after acceptance (Arts. 41, 74), and the body's finding
 * on an applicant's statement that an earlier withdrawal was not their true will (Art. 74(2)).
 */

/** The request under review: the reason, and the settlement agreement if there is one. */
function PendingWithdrawal({ c }: { readonly c: CaseView }) {
  const w = c.withdrawals.at(-1);
  if (w?.status !== 'pending') return null;
  return (
    <div data-testid="pending-withdrawal">
      <Typography.Paragraph className="pre-wrap">
        {formatDate(w.requestedOn)}申请撤回，理由：{w.reasonZh}
      </Typography.Paragraph>
      {w.settlement ? (
        <Typography.Paragraph className="pre-wrap">
          和解协议（{formatDate(w.settlement.concludedOn)}签订）：{w.settlement.summaryZh}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}

/** 准予撤回: the reconsideration ends (Art. 41(1)(1)); the same claim cannot be brought again. */
export function ApproveWithdrawalForm(props: ActionFormProps) {
  return (
    <ActionForm<'approveWithdrawal', { noteZh?: string }>
      {...props}
      action="approveWithdrawal"
      labels={{ noteZh: '说明' }}
      toFields={(v) => optional('noteZh', v.noteZh)}
    >
      <PendingWithdrawal c={props.caseView} />
      <Hint>
        准予撤回的，行政复议终止（《行政复议法》第四十一条第一款第一项）。和解内容不得损害国家利益、社会公共利益和他人合法权益，不得违反法律、法规的强制性规定（《行政复议法》第七十四条）。
      </Hint>
      <NoteField testId="approve-withdrawal-note" />
    </ActionForm>
  );
}

/** 不准予撤回: with the reason; the review goes on. */
export function RefuseWithdrawalForm(props: ActionFormProps) {
  const labels = { reasonZh: '不准予撤回的理由' };
  return (
    <ActionForm<'refuseWithdrawal', { reasonZh: string }>
      {...props}
      action="refuseWithdrawal"
      labels={labels}
      toFields={(v) => ({ reasonZh: v.reasonZh.trim() })}
    >
      <PendingWithdrawal c={props.caseView} />
      <Form.Item name="reasonZh" label={labels.reasonZh} rules={[required(labels.reasonZh)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount data-testid="refuse-withdrawal-reason" />
      </Form.Item>
    </ActionForm>
  );
}

interface AssessValues {
  withdrawalGenuine: boolean;
  reasonZh: string;
}

/** 审查前次撤回是否出于真实意思: found genuine, the application is not accepted. */
export function AssessPriorWithdrawalForm(props: ActionFormProps) {
  const prior = props.caseView.application.priorWithdrawal;
  const labels = { withdrawalGenuine: '审查结论', reasonZh: '审查意见' };
  return (
    <ActionForm<'assessPriorWithdrawal', AssessValues>
      {...props}
      action="assessPriorWithdrawal"
      labels={labels}
      toFields={(v) => ({ withdrawalGenuine: v.withdrawalGenuine, reasonZh: v.reasonZh.trim() })}
    >
      {prior ? (
        <Typography.Paragraph className="pre-wrap" data-testid="prior-withdrawal-statement">
          申请人称，前次申请（{prior.caseNumber}）的撤回违背其真实意思表示：{prior.notGenuineZh}
        </Typography.Paragraph>
      ) : null}
      <Hint>
        准予撤回后，申请人不得再以同一事实和理由提出行政复议申请，但能够证明撤回违背其真实意思表示的除外（《行政复议法》第七十四条第二款）。
      </Hint>
      <Form.Item
        name="withdrawalGenuine"
        label={<span id="assess-prior-label">{labels.withdrawalGenuine}</span>}
        rules={[choose(labels.withdrawalGenuine)]}
      >
        <Radio.Group aria-labelledby="assess-prior-label">
          <Radio value={false} data-testid="assess-prior-not-genuine">
            撤回违背申请人真实意思表示，继续受理审查
          </Radio>
          <Radio value={true} data-testid="assess-prior-genuine">
            撤回出于申请人真实意思，本次申请不予受理
          </Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="reasonZh" label={labels.reasonZh} rules={[required(labels.reasonZh)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount data-testid="assess-prior-reason" />
      </Form.Item>
    </ActionForm>
  );
}
