import type { Dayjs } from 'dayjs';
import { formatDate } from '../../format';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { DayField, Hint, isoDay, TextField } from './fields';
import { postalWaiting, ServicePartyField } from './service';

interface Values {
  party: string;
  mailedOn: Dayjs;
  trackingNumber: string;
}

const labels = { party: '受送达人', mailedOn: '邮寄日期', trackingNumber: '邮件号码' };

/** 登记邮寄送达: the decision posted to a party who did not consent to electronic service. */
export function RecordMailingForm(props: ActionFormProps) {
  const parties = postalWaiting(props.caseView, 'any');
  const issuedOn = props.caseView.decision?.issuedOn;
  return (
    <ActionForm<'recordMailing', Values>
      {...props}
      action="recordMailing"
      labels={labels}
      {...(parties.length === 1 ? { initialValues: { party: parties[0]?.party } } : {})}
      toFields={(v) => ({
        party: v.party,
        mailedOn: isoDay(v.mailedOn),
        trackingNumber: v.trackingNumber.trim(),
      })}
    >
      <Hint>
        未同意电子送达的当事人，行政复议决定书以邮寄方式送达；签收后请登记送达回证，签收之日为送达之日。
      </Hint>
      <ServicePartyField parties={parties} labelZh={labels.party} testId="mailing-party" />
      <DayField
        name="mailedOn"
        labelZh={labels.mailedOn}
        testId="mailing-mailed-on"
        {...(issuedOn ? { from: issuedOn, extra: `应在签发之日（${formatDate(issuedOn)}）至今天之间` } : {})}
      />
      <TextField name="trackingNumber" labelZh={labels.trackingNumber} max={50} testId="mailing-tracking" />
    </ActionForm>
  );
}
