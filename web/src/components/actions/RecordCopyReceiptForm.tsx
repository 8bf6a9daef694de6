import type { Dayjs } from 'dayjs';
import { formatDate } from '../../format';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { DayField, Hint, isoDay } from './fields';

interface Values {
  receivedOn: Dayjs;
}

const labels = { receivedOn: '被申请人收到副本的日期' };

/** 登记收到副本日期: for a copy sent by post, the day on the return receipt starts the reply period. */
export function RecordCopyReceiptForm(props: ActionFormProps) {
  const sentOn = props.caseView.copy?.sentOn;
  return (
    <ActionForm<'recordCopyReceipt', Values>
      {...props}
      action="recordCopyReceipt"
      labels={labels}
      toFields={(v) => ({ receivedOn: isoDay(v.receivedOn) })}
    >
      <Hint>
        {sentOn ? `申请书副本已于${formatDate(sentOn)}邮寄。` : ''}
        请按送达回证登记被申请人收到的日期，被申请人的答复期限自该日起算。
      </Hint>
      <DayField
        name="receivedOn"
        labelZh={labels.receivedOn}
        testId="copy-received-on"
        {...(sentOn ? { from: sentOn } : {})}
      />
    </ActionForm>
  );
}
