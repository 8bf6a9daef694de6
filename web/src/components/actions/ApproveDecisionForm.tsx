import { Alert } from 'antd';
import { formatDate } from '../../format';
import { DraftDetails } from '../case/Decision';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint } from './fields';

/**
 * 批准并签发: a confirmation showing the draft as it will be issued. Approval gives it the body's
 * next decision number and serves it the same day on every party who consented to electronic
 * service (the respondent through this system); the others are served by post.
 */
export function ApproveDecisionForm(props: ActionFormProps) {
  const c = props.caseView;
  const decision = c.decision;
  const pendingDiscussion = decision?.discussion && !decision.discussion.heldOn;
  const applicantElectronic = c.electronicService.includes('applicant');
  return (
    <ActionForm<'approveDecision', Record<string, never>>
      {...props}
      action="approveDecision"
      labels={{}}
      toFields={() => ({})}
    >
      <Hint>
        批准后，行政复议决定书以本机关名义签发并编入决定书文号（《行政复议法》第六十一条）。被申请人在本系统中当日电子送达；申请人
        {applicantElectronic
          ? '已同意电子送达，当日送达其消息中心'
          : '未同意电子送达，须邮寄送达并登记送达回证'}
        ；第三人按其是否同意电子送达分别送达。全部送达之日起决定发生法律效力（《行政复议法》第七十五条）。
      </Hint>
      {pendingDiscussion ? (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          data-testid="approve-discussion-pending"
          title="本决定已提交集体讨论，请先记录集体讨论意见，再批准签发"
        />
      ) : null}
      {decision ? (
        <section aria-label="将签发的决定稿" className="form-preview">
          <p>
            决定稿（{formatDate(decision.draftedOn)}拟定）
            {decision.discussion?.heldOn ? `，已于${formatDate(decision.discussion.heldOn)}集体讨论` : ''}：
          </p>
          <DraftDetails
            draft={decision.draft}
            reference={props.reference}
            procedure={c.procedure}
            testId="approve-draft"
          />
        </section>
      ) : null}
    </ActionForm>
  );
}
