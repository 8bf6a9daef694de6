import { Form, Input } from 'antd';
import { required } from '../../forms/problem';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint } from './fields';

interface Values {
  answers: { textZh: string }[];
}

const labels = { answers: '补正内容', 'answers.*.textZh': '补正内容', 'answers.*.field': '补正事项' };

/** 提交补正材料: an answer to each item of the correction notice, in its order. */
export function SubmitCorrectionForm(props: ActionFormProps) {
  const items = props.caseView.correction?.items ?? [];
  return (
    <ActionForm<'submitCorrection', Values>
      {...props}
      action="submitCorrection"
      labels={labels}
      toFields={(v) => ({
        answers: items.map((item, i) => ({ field: item.field, textZh: v.answers[i]?.textZh.trim() ?? '' })),
      })}
    >
      <Hint>
        请逐项填写补正内容。无正当理由逾期不补正的，视为放弃行政复议申请（《行政复议法》第三十一条）。
      </Hint>
      {items.map((item, i) => (
        <Form.Item
          key={`${item.field}:${item.descriptionZh}`}
          name={['answers', i, 'textZh']}
          label={`第${i + 1}项 ${item.field}：${item.descriptionZh}`}
          rules={[required('补正内容')]}
        >
          <Input.TextArea rows={3} maxLength={10000} data-testid={`correction-answer-${i}`} />
        </Form.Item>
      ))}
    </ActionForm>
  );
}
