import type { Dayjs } from 'dayjs';
import { formatDate } from '../../format';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { DayField, Hint, isoDay, TextField } from './fields';

interface Values {
  filedOn: Dayjs;
  courtZh: string;
}

const labels = { filedOn: '起诉日期', courtZh: '受理法院' };

/** 登记提起行政诉讼: the applicant sued over the decision; the case ends here. */
export function RecordLitigationForm(props: ActionFormProps) {
  const effectiveOn = props.caseView.decision?.effectiveOn;
  return (
    <ActionForm<'recordLitigation', Values>
      {...props}
      action="recordLitigation"
      labels={labels}
      toFields={(v) => ({ filedOn: isoDay(v.filedOn), courtZh: v.courtZh.trim() })}
    >
      <Hint>申请人不服行政复议决定、依法向人民法院提起行政诉讼的，登记后本案结案，起诉期限不再计算。</Hint>
      <DayField
        name="filedOn"
        labelZh={labels.filedOn}
        testId="litigation-filed-on"
        {...(effectiveOn
          ? { from: effectiveOn, extra: `应在决定生效之日（${formatDate(effectiveOn)}）至今天之间` }
          : {})}
      />
      <TextField name="courtZh" labelZh={labels.courtZh} max={200} testId="litigation-court" />
    </ActionForm>
  );
}
