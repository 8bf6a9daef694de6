import { timeLimitZh } from '../../api/reference';
import { formatDate } from '../../format';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { DaysField, Hint, TextField } from './fields';

interface Values {
  days: number;
  reasonZh: string;
}

const labels = { days: '延长的天数', reasonZh: '延长理由' };
const ruleId = 'rc.decisionExtension';

/**
 * 批准延长审理期限 (Art. 62): once, by the office head, at most the statutory maximum (from the
 * rules table), added to the decision period itself.
 */
export function ExtendDecisionPeriodForm(props: ActionFormProps) {
  const max = props.reference.rules.timeLimits.find((r) => r.id === ruleId)?.amount;
  const maxZh = timeLimitZh(props.reference, ruleId);
  const period = props.caseView.deadlines.find((d) => d.key === 'decision' && d.status === 'open');
  return (
    <ActionForm<'extendDecisionPeriod', Values>
      {...props}
      action="extendDecisionPeriod"
      labels={labels}
      toFields={(v) => ({ days: v.days, reasonZh: v.reasonZh.trim() })}
    >
      <Hint>
        情况复杂、不能在规定期限内作出行政复议决定的，经行政复议机构负责人批准，可以适当延长，
        {maxZh ? `但延长期限最多不得超过${maxZh}` : '但不得超过法定的最长期限'}
        ，且只能延长一次（《行政复议法》第六十二条）。
        {period ? `审理期限现至${formatDate(period.dueDate)}。` : ''}延长后书面告知当事人。
      </Hint>
      <DaysField
        name="days"
        labelZh={labels.days}
        testId="extend-days"
        {...(max ? { max, extra: `最多${maxZh}` } : {})}
      />
      <TextField name="reasonZh" labelZh={labels.reasonZh} max={2000} rows={4} testId="extend-reason" />
    </ActionForm>
  );
}
