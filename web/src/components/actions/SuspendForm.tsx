import { Form, Radio } from 'antd';
import { timeLimitZh, vocabulary } from '../../api/reference';
import type { ActionFields } from '../../api/types';
import { choose } from '../../forms/problem';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint, TextField } from './fields';

interface Values {
  ground: ActionFields<'suspend'>['ground'];
  reasonZh: string;
}

const labels = { ground: '中止的法定情形', reasonZh: '中止的具体原因' };

/** 中止审理 (Art. 39): one statutory ground and the facts; every open deadline stops counting. */
export function SuspendForm(props: ActionFormProps) {
  const groundsZh = vocabulary(props.reference, props.caseView.procedure, 'suspensionGroundsZh');
  const limit = timeLimitZh(props.reference, 'rc.suspensionTermination') ?? '法定期限';
  return (
    <ActionForm<'suspend', Values>
      {...props}
      action="suspend"
      labels={labels}
      toFields={(v) => ({ ground: v.ground, reasonZh: v.reasonZh.trim() })}
    >
      <Hint>
        中止期间，本案进行中的各项期限停止计算，恢复审理后继续计算（《行政复议法》第三十九条、第四十条），并通知各方当事人。因第三十九条第一款第一项、第二项、第四项情形中止满
        {limit}
        ，中止的原因仍未消除的，行政复议终止（《行政复议法》第四十一条）。
      </Hint>
      <Form.Item
        name="ground"
        label={<span id="suspend-ground-label">{labels.ground}</span>}
        rules={[choose(labels.ground)]}
      >
        <Radio.Group aria-labelledby="suspend-ground-label" className="vertical-options">
          {Object.entries(groundsZh).map(([code, labelZh]) => (
            <Radio key={code} value={code} data-testid={`suspend-ground-${code}`}>
              {labelZh}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <TextField name="reasonZh" labelZh={labels.reasonZh} max={2000} rows={4} testId="suspend-reason" />
    </ActionForm>
  );
}
