import { Checkbox, Form, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { vocabulary } from '../../api/reference';
import type { ActionFields } from '../../api/types';
import { formatDate } from '../../format';
import { choose } from '../../forms/problem';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { CheckboxGroupField, DayField, Hint, isoDay, TextField } from './fields';

type Command = ActionFields<'recordOpinions'>;
interface Values {
  mode: Command['mode'];
  heardOn: Dayjs;
  parties: Command['parties'];
  summaryZh: string;
}

const labels = {
  mode: '听取意见的方式',
  heardOn: '听取意见日期',
  parties: '听取了哪些当事人的意见',
  summaryZh: '意见摘要',
};

/** 听取当事人意见 (Art. 49): how and when the parties were heard, and what they said. */
export function RecordOpinionsForm(props: ActionFormProps) {
  const modesZh = vocabulary(props.reference, props.caseView.procedure, 'opinionModesZh');
  const partiesZh = vocabulary(props.reference, props.caseView.procedure, 'heardPartiesZh');
  const acceptedOn = props.caseView.acceptedOn;
  return (
    <ActionForm<'recordOpinions', Values>
      {...props}
      action="recordOpinions"
      labels={labels}
      initialValues={{ parties: [] }}
      toFields={(v) => ({
        mode: v.mode,
        heardOn: isoDay(v.heardOn),
        parties: v.parties,
        summaryZh: v.summaryZh.trim(),
      })}
    >
      <Hint>
        适用普通程序审理的，应当当面或者通过互联网、电话等方式听取当事人的意见，并将听取的意见记录在案（《行政复议法》第四十九条）。
      </Hint>
      <Form.Item
        name="mode"
        label={<span id="opinions-mode-label">{labels.mode}</span>}
        rules={[choose(labels.mode)]}
      >
        <Radio.Group aria-labelledby="opinions-mode-label">
          {Object.entries(modesZh).map(([code, labelZh]) => (
            <Radio key={code} value={code} data-testid={`opinions-mode-${code}`}>
              {labelZh}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <DayField
        name="heardOn"
        labelZh={labels.heardOn}
        testId="opinions-heard-on"
        {...(acceptedOn
          ? { from: acceptedOn, extra: `应在受理之日（${formatDate(acceptedOn)}）至今天之间` }
          : {})}
      />
      <Form.Item
        name="parties"
        label={<span id="opinions-parties-label">{labels.parties}（可多选）</span>}
        rules={[choose(labels.parties)]}
      >
        <CheckboxGroupField labelledBy="opinions-parties-label">
          {Object.entries(partiesZh).map(([code, labelZh]) => (
            <Checkbox key={code} value={code} data-testid={`opinions-party-${code}`}>
              {labelZh}
            </Checkbox>
          ))}
        </CheckboxGroupField>
      </Form.Item>
      <TextField name="summaryZh" labelZh={labels.summaryZh} max={10000} rows={6} testId="opinions-summary" />
    </ActionForm>
  );
}
