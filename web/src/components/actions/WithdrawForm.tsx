import { Checkbox, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { required } from '../../forms/problem';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { DayField, Hint, isoDay } from './fields';

interface Values {
  reasonZh: string;
  settled?: boolean;
  settlement?: { summaryZh: string; concludedOn: Dayjs };
}

const labels = {
  reasonZh: '撤回理由',
  settlement: '和解协议',
  'settlement.summaryZh': '和解协议的主要内容',
  'settlement.concludedOn': '和解协议签订日期',
};

/**
 * 撤回申请: before acceptance the case ends at once; after it the withdrawal — with the settlement
 * agreement if the parties settled (Art. 74) — goes to the office head, and once approved the same
 * facts and reasons cannot be brought again.
 */
export function WithdrawForm(props: ActionFormProps) {
  const accepted = props.caseView.acceptedOn !== undefined;
  return (
    <ActionForm<'withdraw', Values>
      {...props}
      action="withdraw"
      labels={labels}
      toFields={(v) => ({
        reasonZh: v.reasonZh.trim(),
        ...(accepted && v.settled && v.settlement
          ? {
              settlement: {
                summaryZh: v.settlement.summaryZh.trim(),
                concludedOn: isoDay(v.settlement.concludedOn),
              },
            }
          : {}),
      })}
    >
      <Hint>
        {accepted
          ? '案件已受理，撤回申请须经行政复议机构准予；准予撤回后行政复议终止，申请人不得再以同一事实和理由提出行政复议申请（《行政复议法》第四十一条、第七十四条）。代理人代为撤回、和解须有特别授权。'
          : '撤回后本案终止审查；申请人不得再以同一事实和理由提出行政复议申请（《行政复议法》第七十四条）。'}
      </Hint>
      <Form.Item name="reasonZh" label={labels.reasonZh} rules={[required(labels.reasonZh)]}>
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="withdraw-reason" />
      </Form.Item>
      {accepted ? (
        <>
          <Form.Item name="settled" valuePropName="checked">
            <Checkbox data-testid="withdraw-settled">已与被申请人达成和解（附和解协议）</Checkbox>
          </Form.Item>
          <Form.Item noStyle dependencies={['settled']}>
            {({ getFieldValue }) =>
              getFieldValue('settled') ? (
                <>
                  <Form.Item
                    name={['settlement', 'summaryZh']}
                    label={labels['settlement.summaryZh']}
                    rules={[required(labels['settlement.summaryZh'])]}
                  >
                    <Input.TextArea rows={4} maxLength={5000} showCount data-testid="withdraw-settlement" />
                  </Form.Item>
                  <DayField
                    name={['settlement', 'concludedOn']}
                    labelZh={labels['settlement.concludedOn']}
                    from={props.caseView.acceptedOn}
                    testId="withdraw-settlement-on"
                  />
                </>
              ) : null
            }
          </Form.Item>
        </>
      ) : null}
    </ActionForm>
  );
}
