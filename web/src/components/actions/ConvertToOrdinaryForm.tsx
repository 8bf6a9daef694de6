import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint, TextField } from './fields';

interface Values {
  reasonZh: string;
}

const labels = { reasonZh: '转为普通程序的理由' };

/** 批准转为普通程序 (Art. 55): the open deadlines are counted again by the ordinary procedure's rules. */
export function ConvertToOrdinaryForm(props: ActionFormProps) {
  return (
    <ActionForm<'convertToOrdinary', Values>
      {...props}
      action="convertToOrdinary"
      labels={labels}
      toFields={(v) => ({ reasonZh: v.reasonZh.trim() })}
    >
      <Hint>
        适用简易程序审理的案件，行政复议机构认为不宜适用简易程序的，经行政复议机构负责人批准，可以转为普通程序审理（《行政复议法》第五十五条）。转换后，被申请人答复期限、审理期限等进行中的期限自原起算日起按普通程序重新计算，并通知当事人。
      </Hint>
      <TextField name="reasonZh" labelZh={labels.reasonZh} max={2000} rows={4} testId="convert-reason" />
    </ActionForm>
  );
}
