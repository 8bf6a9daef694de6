import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint, TextField } from './fields';

interface Values {
  reasonZh: string;
}

const labels = { reasonZh: '退回修改意见' };

/** 退回修改: the draft goes back to the clerk with what to change; the case is under review again. */
export function ReturnDraftForm(props: ActionFormProps) {
  return (
    <ActionForm<'returnDraft', Values>
      {...props}
      action="returnDraft"
      labels={labels}
      toFields={(v) => ({ reasonZh: v.reasonZh.trim() })}
    >
      <Hint>退回后案件回到审理中，承办人按修改意见重新拟定决定；已记录的集体讨论意见随之作废。</Hint>
      <TextField name="reasonZh" labelZh={labels.reasonZh} max={5000} rows={5} testId="return-reason" />
    </ActionForm>
  );
}
