import { Form, Select } from 'antd';
import { choose } from '../../forms/problem';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint, NoteField, optional } from './fields';

interface Values {
  toBodyId: string;
  noteZh?: string;
}

const labels = { toBodyId: '转送至', noteZh: '说明' };

/** 转送: the application goes to the competent body, which numbers it and reviews it afresh. */
export function ForwardForm(props: ActionFormProps) {
  const bodies = props.reference.agencies.bodies.filter((b) => b.id !== props.caseView.body.id);
  return (
    <ActionForm<'forward', Values>
      {...props}
      action="forward"
      labels={labels}
      toFields={(v) => ({ toBodyId: v.toBodyId, ...optional('noteZh', v.noteZh) })}
    >
      <Hint>
        转送后由有管辖权的行政复议机关编号办理，受理审查期限自其收到申请之日起重新计算；本机关不再能查看本案。
      </Hint>
      <Form.Item name="toBodyId" label="转送至有管辖权的复议机关" rules={[choose('有管辖权的复议机关')]}>
        <Select
          data-testid="forward-body"
          placeholder="请选择"
          options={bodies.map((b) => ({ value: b.id, label: b.nameZh }))}
        />
      </Form.Item>
      <NoteField testId="forward-note" />
    </ActionForm>
  );
}
