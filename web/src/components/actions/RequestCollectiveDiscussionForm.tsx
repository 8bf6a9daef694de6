import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint, TextField } from './fields';

interface Values {
  reasonZh: string;
}

const labels = { reasonZh: '提交集体讨论的理由' };

/** 提交集体讨论 (Art. 61): the draft is discussed by the body before it may be approved. */
export function RequestCollectiveDiscussionForm(props: ActionFormProps) {
  return (
    <ActionForm<'requestCollectiveDiscussion', Values>
      {...props}
      action="requestCollectiveDiscussion"
      labels={labels}
      toFields={(v) => ({ reasonZh: v.reasonZh.trim() })}
    >
      <Hint>
        行政复议决定经行政复议机关的负责人同意或者集体讨论通过后作出（《行政复议法》第六十一条）。提交后，须先记录集体讨论意见，才能批准签发。
      </Hint>
      <TextField name="reasonZh" labelZh={labels.reasonZh} max={2000} rows={4} testId="discussion-reason" />
    </ActionForm>
  );
}
