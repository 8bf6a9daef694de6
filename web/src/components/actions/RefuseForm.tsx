import { Checkbox, Form, Select } from 'antd';
import { vocabulary } from '../../api/reference';
import type { ActionFields } from '../../api/types';
import { choose } from '../../forms/problem';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint, NoteField, optional } from './fields';

type Reason = ActionFields<'refuse'>['reasons'][number];
interface Values {
  reasons: Reason[];
  competentBodyId?: string;
  noteZh?: string;
}

const labels = { reasons: '不予受理的理由', competentBodyId: '有管辖权的复议机关', noteZh: '说明' };
/** The reason that names another body: the applicant must be told which one (Art. 30(2)). */
const wrongBody: Reason = 'wrongBody';

/** 决定不予受理: one or more statutory reasons (labelled by the API), the competent body when it is not this one. */
export function RefuseForm(props: ActionFormProps) {
  const reasonsZh = vocabulary(props.reference, props.caseView.procedure, 'refusalReasonsZh');
  const bodies = props.reference.agencies.bodies.filter((b) => b.id !== props.caseView.body.id);
  return (
    <ActionForm<'refuse', Values>
      {...props}
      action="refuse"
      labels={labels}
      initialValues={{ reasons: [] }}
      toFields={(v) => ({
        reasons: v.reasons,
        ...(v.reasons.includes(wrongBody) && v.competentBodyId ? { competentBodyId: v.competentBodyId } : {}),
        ...optional('noteZh', v.noteZh),
      })}
    >
      <Hint>不予受理决定书将送达申请人，并告知其可以依法提起行政诉讼。</Hint>
      <Form.Item name="reasons" label={`${labels.reasons}（可多选）`} rules={[choose(labels.reasons)]}>
        <Checkbox.Group className="vertical-options">
          {Object.entries(reasonsZh).map(([code, labelZh]) => (
            <Checkbox key={code} value={code} data-testid={`refuse-reason-${code}`}>
              {labelZh}
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
      <Form.Item noStyle dependencies={['reasons']}>
        {({ getFieldValue }) =>
          (getFieldValue('reasons') as Reason[] | undefined)?.includes(wrongBody) ? (
            <Form.Item
              name="competentBodyId"
              label={labels.competentBodyId}
              rules={[choose(labels.competentBodyId)]}
            >
              <Select
                data-testid="refuse-competent-body"
                placeholder="请选择"
                options={bodies.map((b) => ({ value: b.id, label: b.nameZh }))}
              />
            </Form.Item>
          ) : null
        }
      </Form.Item>
      <NoteField testId="refuse-note" />
    </ActionForm>
  );
}
