import { vocabulary } from '../../api/reference';
import { formatDate } from '../../format';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint, TextField } from './fields';

interface Values {
  reasonZh: string;
}

const labels = { reasonZh: '中止原因消除的情况' };

/** 恢复审理 (Art. 40): the ground of the suspension is gone; the stopped deadlines run on. */
export function ResumeForm(props: ActionFormProps) {
  const s = props.caseView.suspension;
  const groundsZh = vocabulary(props.reference, props.caseView.procedure, 'suspensionGroundsZh');
  return (
    <ActionForm<'resume', Values>
      {...props}
      action="resume"
      labels={labels}
      toFields={(v) => ({ reasonZh: v.reasonZh.trim() })}
    >
      <Hint>
        {s ? `本案自${formatDate(s.on)}起因${groundsZh[s.ground] ?? s.ground}中止审理。` : ''}
        中止的原因消除后，应当及时恢复审理（《行政复议法》第四十条）；停止计算的期限自恢复之日的次日起继续计算，已计算的日数照计，并通知各方当事人。
      </Hint>
      <TextField name="reasonZh" labelZh={labels.reasonZh} max={2000} rows={4} testId="resume-reason" />
    </ActionForm>
  );
}
