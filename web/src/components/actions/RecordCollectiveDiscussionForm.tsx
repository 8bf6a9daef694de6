import type { Dayjs } from 'dayjs';
import { formatDate } from '../../format';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { DayField, Hint, isoDay, TextField } from './fields';

interface Values {
  heldOn: Dayjs;
  participantsZh: string;
  conclusionZh: string;
}

const labels = { heldOn: '讨论日期', participantsZh: '参加人员', conclusionZh: '讨论意见' };

/** 记录集体讨论意见: when the body discussed the draft, who took part, and what it concluded. */
export function RecordCollectiveDiscussionForm(props: ActionFormProps) {
  const decision = props.caseView.decision;
  const draftedOn = decision?.draftedOn;
  return (
    <ActionForm<'recordCollectiveDiscussion', Values>
      {...props}
      action="recordCollectiveDiscussion"
      labels={labels}
      toFields={(v) => ({
        heldOn: isoDay(v.heldOn),
        participantsZh: v.participantsZh.trim(),
        conclusionZh: v.conclusionZh.trim(),
      })}
    >
      <Hint>
        {decision?.discussion ? `提交集体讨论的理由：${decision.discussion.requestedReasonZh}。` : ''}
        记录讨论后，由复议机构负责人批准签发或者退回修改。
      </Hint>
      <DayField
        name="heldOn"
        labelZh={labels.heldOn}
        testId="discussion-held-on"
        {...(draftedOn
          ? { from: draftedOn, extra: `应在拟定决定之日（${formatDate(draftedOn)}）至今天之间` }
          : {})}
      />
      <TextField
        name="participantsZh"
        labelZh={labels.participantsZh}
        max={1000}
        testId="discussion-participants"
      />
      <TextField
        name="conclusionZh"
        labelZh={labels.conclusionZh}
        max={10000}
        rows={6}
        testId="discussion-conclusion"
      />
    </ActionForm>
  );
}
