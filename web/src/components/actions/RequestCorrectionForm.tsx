import { AutoComplete, Button, Form, Input } from 'antd';
import type { ActionFields } from '../../api/types';
import { required } from '../../forms/problem';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint, NoteField, optional } from './fields';

interface Values {
  items: ActionFields<'requestCorrection'>['items'];
  noteZh?: string;
}

const labels = {
  items: '补正事项',
  'items.*.field': '需补正的事项',
  'items.*.descriptionZh': '补正要求',
  noteZh: '说明',
};

/** What a clerk most often asks for; any other wording may be typed. */
const suggestions = [
  '申请人身份证明',
  '被申请的行政行为文书',
  '行政复议请求',
  '事实和理由',
  '证据材料',
  '代理人授权委托书',
  '联系电话',
  '住址或住所',
].map((value) => ({ value }));

/** 通知补正: one notice listing every item at once (Art. 31), each with what to supply. */
export function RequestCorrectionForm(props: ActionFormProps) {
  return (
    <ActionForm<'requestCorrection', Values>
      {...props}
      action="requestCorrection"
      labels={labels}
      initialValues={{ items: [{ field: '', descriptionZh: '' }] }}
      toFields={(v) => ({
        items: v.items.map((i) => ({ field: i.field.trim(), descriptionZh: i.descriptionZh.trim() })),
        ...optional('noteZh', v.noteZh),
      })}
    >
      <Hint>
        补正通知应当一次性载明需要补正的全部事项（《行政复议法》第三十一条），发出后不能再次通知补正。
      </Hint>
      <Form.List name="items">
        {(rows, { add, remove }) => (
          <>
            <ol className="correction-rows" data-testid="correction-items">
              {rows.map((row, i) => (
                <li key={row.key} className="correction-row">
                  <Form.Item
                    name={[row.name, 'field']}
                    label={`第${i + 1}项 需补正的事项`}
                    rules={[required('需补正的事项')]}
                  >
                    <AutoComplete options={suggestions} data-testid={`correction-field-${i}`} />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'descriptionZh']}
                    label={`第${i + 1}项 补正要求`}
                    rules={[required('补正要求')]}
                  >
                    <Input.TextArea rows={2} maxLength={1000} data-testid={`correction-desc-${i}`} />
                  </Form.Item>
                  {rows.length > 1 ? (
                    <Button type="link" onClick={() => remove(row.name)} className="correction-remove">
                      删除第{i + 1}项
                    </Button>
                  ) : null}
                </li>
              ))}
            </ol>
            <Button onClick={() => add({ field: '', descriptionZh: '' })} data-testid="add-correction-item">
              添加一项补正事项
            </Button>
          </>
        )}
      </Form.List>
      <NoteField testId="correction-note" />
    </ActionForm>
  );
}
