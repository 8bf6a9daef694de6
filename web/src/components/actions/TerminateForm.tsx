import { Form, Radio } from 'antd';
import { vocabulary } from '../../api/reference';
import type { ActionFields } from '../../api/types';
import { choose } from '../../forms/problem';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint, TextField } from './fields';

type Ground = ActionFields<'terminate'>['ground'];
interface Values {
  ground: Ground;
  reasonZh: string;
}

const labels = { ground: '终止的法定情形', reasonZh: '终止的具体原因' };
/** Art. 41(1)(5): only a suspension on grounds 1, 2 or 4, still unresolved, ends this way. */
const unresolved: Ground = 'suspensionUnresolved';

/**
 * 终止行政复议 (Art. 41): the statutory ground and the facts; the case ends. The ground of an
 * unresolved suspension is offered only while such a suspension runs (its statutory limit is open).
 */
export function TerminateForm(props: ActionFormProps) {
  const groundsZh = vocabulary(props.reference, props.caseView.procedure, 'terminationGroundsZh');
  const limitRuns = props.caseView.deadlines.some((d) => d.key === 'suspensionLimit' && d.status === 'open');
  const grounds = Object.entries(groundsZh).filter(([code]) => code !== unresolved || limitRuns);
  return (
    <ActionForm<'terminate', Values>
      {...props}
      action="terminate"
      labels={labels}
      toFields={(v) => ({ ground: v.ground, reasonZh: v.reasonZh.trim() })}
    >
      <Hint>终止后本案结案，各项期限不再计算，并通知各方当事人（《行政复议法》第四十一条）。</Hint>
      <Form.Item
        name="ground"
        label={<span id="terminate-ground-label">{labels.ground}</span>}
        rules={[choose(labels.ground)]}
      >
        <Radio.Group aria-labelledby="terminate-ground-label" className="vertical-options">
          {grounds.map(([code, labelZh]) => (
            <Radio key={code} value={code} data-testid={`terminate-ground-${code}`}>
              {labelZh}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <TextField name="reasonZh" labelZh={labels.reasonZh} max={2000} rows={4} testId="terminate-reason" />
    </ActionForm>
  );
}
