import { Form, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ActionFields } from '../../api/types';
import { formatDate } from '../../format';
import { choose } from '../../forms/problem';
import { copyChannelZh } from '../case/labels';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { DayField, Hint, isoDay } from './fields';

interface Values {
  channel: ActionFields<'sendCopy'>['channel'];
  sentOn: Dayjs;
}

const labels = { channel: '送达方式', sentOn: '发送日期' };

/** 发送申请书副本 (Art. 48): online it reaches the respondent that day; by post its receipt is recorded later. */
export function SendCopyForm(props: ActionFormProps) {
  const acceptedOn = props.caseView.acceptedOn;
  return (
    <ActionForm<'sendCopy', Values>
      {...props}
      action="sendCopy"
      labels={labels}
      initialValues={{ channel: 'online' }}
      toFields={(v) => ({ channel: v.channel, sentOn: isoDay(v.sentOn) })}
    >
      <Hint>
        向被申请人发送行政复议申请书副本；被申请人自收到之日起提出书面答复并提交证据、依据（《行政复议法》第四十八条、第五十四条）。
      </Hint>
      <Form.Item name="channel" label={labels.channel} rules={[choose(labels.channel)]}>
        <Radio.Group>
          <Radio value="online" data-testid="copy-channel-online">
            {copyChannelZh.online}（被申请人当日收到）
          </Radio>
          <Radio value="post" data-testid="copy-channel-post">
            {copyChannelZh.post}（收到后登记收到日期）
          </Radio>
        </Radio.Group>
      </Form.Item>
      <DayField
        name="sentOn"
        labelZh={labels.sentOn}
        testId="copy-sent-on"
        {...(acceptedOn
          ? { from: acceptedOn, extra: `应在受理之日（${formatDate(acceptedOn)}）至今天之间` }
          : {})}
      />
    </ActionForm>
  );
}
