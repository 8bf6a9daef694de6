import { Form, Input } from 'antd';
import { required } from '../../forms/problem';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint } from './fields';

interface Values {
  reasonZh: string;
}

const labels = { reasonZh: '撤回理由' };

/** 撤回申请: the applicant ends the case; the same facts and reasons cannot be brought again. */
export function WithdrawForm(props: ActionFormProps) {
  return (
    <ActionForm<'withdraw', Values>
      {...props}
      action="withdraw"
      labels={labels}
      toFields={(v) => ({ reasonZh: v.reasonZh.trim() })}
    >
      <Hint>
        撤回后本案终止审查；申请人不得再以同一事实和理由提出行政复议申请（《行政复议法》第七十四条）。
      </Hint>
      <Form.Item name="reasonZh" label={labels.reasonZh} rules={[required(labels.reasonZh)]}>
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="withdraw-reason" />
      </Form.Item>
    </ActionForm>
  );
}
