import { Button, Form } from 'antd';
import type { ActionFields } from '../../api/types';
import { formatDate } from '../../format';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint, optional, TextField } from './fields';

interface Values {
  replyZh: string;
  evidence: { nameZh: string; purposeZh?: string }[];
  legalBasisZh: string;
}

const labels = {
  replyZh: '书面答复',
  evidence: '证据清单',
  'evidence.*.nameZh': '证据名称',
  'evidence.*.purposeZh': '证明目的',
  legalBasisZh: '作出行政行为的依据',
};

const toFields = (v: Values): ActionFields<'submitReply'> => ({
  replyZh: v.replyZh.trim(),
  evidence: (v.evidence ?? []).map((e) => ({
    nameZh: e.nameZh.trim(),
    ...optional('purposeZh', e.purposeZh),
  })),
  legalBasisZh: v.legalBasisZh.trim(),
});

/**
 * 提交书面答复 (Art. 48, Art. 54): the respondent's reply, the evidence it relied on (one row per
 * item, with what it proves) and the basis of its act, once, within its period.
 */
export function SubmitReplyForm(props: ActionFormProps) {
  const period = props.caseView.deadlines.find((d) => d.key === 'respondentReply' && d.status === 'open');
  return (
    <ActionForm<'submitReply', Values>
      {...props}
      action="submitReply"
      labels={labels}
      initialValues={{ evidence: [{ nameZh: '', purposeZh: '' }] }}
      toFields={toFields}
    >
      <Hint>
        请提出书面答复，并提交当初作出行政行为的证据、依据和其他有关材料
        {period ? `（答复期限至${formatDate(period.dueDate)}）` : ''}
        。逾期未答复的，视为该行政行为没有证据、依据（《行政复议法》第七十条）。答复只能提交一次，之后的材料请作为证据上传。
      </Hint>
      <TextField name="replyZh" labelZh={labels.replyZh} max={20000} rows={8} testId="reply-text" />
      <Form.List name="evidence">
        {(rows, { add, remove }) => (
          <fieldset className="form-fieldset" data-testid="reply-evidence">
            <legend>{labels.evidence}</legend>
            {rows.length === 0 ? <p className="muted">未列出证据。</p> : null}
            <ol className="correction-rows">
              {rows.map((row, i) => (
                <li key={row.key} className="correction-row">
                  <TextField
                    name={[row.name, 'nameZh']}
                    labelZh={`第${i + 1}项 证据名称`}
                    max={200}
                    testId={`evidence-name-${i}`}
                  />
                  <TextField
                    name={[row.name, 'purposeZh']}
                    labelZh={`第${i + 1}项 证明目的`}
                    max={1000}
                    rows={2}
                    optional
                    testId={`evidence-purpose-${i}`}
                  />
                  <Button type="link" onClick={() => remove(row.name)} className="correction-remove">
                    删除第{i + 1}项证据
                  </Button>
                </li>
              ))}
            </ol>
            <Button onClick={() => add({ nameZh: '', purposeZh: '' })} data-testid="add-evidence">
              添加一项证据
            </Button>
          </fieldset>
        )}
      </Form.List>
      <TextField
        name="legalBasisZh"
        labelZh={labels.legalBasisZh}
        max={10000}
        rows={4}
        testId="reply-basis"
        extra="写明所依据的法律、法规、规章和规范性文件及其条款"
      />
    </ActionForm>
  );
}
