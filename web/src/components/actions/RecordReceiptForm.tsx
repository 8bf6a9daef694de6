import { Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { formatDate } from '../../format';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { DayField, Hint, isoDay } from './fields';
import { postalWaiting, ServicePartyField } from './service';

interface Values {
  party: string;
  receivedOn: Dayjs;
}

const labels = { party: '受送达人', receivedOn: '签收日期' };

/** 登记送达回证: the day a party signed for the posted decision; once all are served it takes effect. */
export function RecordReceiptForm(props: ActionFormProps) {
  const parties = postalWaiting(props.caseView, 'mailed');
  return (
    <ActionForm<'recordReceipt', Values>
      {...props}
      action="recordReceipt"
      labels={labels}
      {...(parties.length === 1 ? { initialValues: { party: parties[0]?.party } } : {})}
      toFields={(v) => ({ party: v.party, receivedOn: isoDay(v.receivedOn) })}
    >
      <Hint>
        按送达回证登记签收日期，该日为送达之日。全部当事人送达后，行政复议决定发生法律效力（《行政复议法》第七十五条），申请人的起诉期限自其收到决定书之日起计算。
      </Hint>
      <ServicePartyField parties={parties} labelZh={labels.party} testId="receipt-party" />
      <Form.Item noStyle dependencies={['party']}>
        {({ getFieldValue }) => {
          const mailedOn = parties.find((s) => s.party === getFieldValue('party'))?.mailedOn;
          return (
            <DayField
              name="receivedOn"
              labelZh={labels.receivedOn}
              testId="receipt-received-on"
              {...(mailedOn
                ? { from: mailedOn, extra: `应在寄出之日（${formatDate(mailedOn)}）至今天之间` }
                : {})}
            />
          );
        }}
      </Form.Item>
    </ActionForm>
  );
}
