import { Checkbox, Form, Radio } from 'antd';
import type { ActionFields } from '../../api/types';
import { choose } from '../../forms/problem';
import { trackZh } from '../case/labels';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint } from './fields';

type Values = ActionFields<'accept'>;

const labels = { track: '审理程序', partiesAgreeToSimplified: '各方当事人同意适用简易程序' };

/** 予以受理: the procedure the case takes (Art. 53: simplified when eligible, or when all parties agree). */
export function AcceptForm(props: ActionFormProps) {
  const eligible = props.caseView.simplifiedEligible;
  return (
    <ActionForm<'accept', Values>
      {...props}
      action="accept"
      labels={labels}
      initialValues={{ track: 'ordinary', partiesAgreeToSimplified: false }}
      toFields={(v) => ({
        track: v.track,
        partiesAgreeToSimplified:
          v.track === 'simplified' && !eligible && v.partiesAgreeToSimplified === true,
      })}
    >
      <Hint>
        {eligible
          ? '本案符合可以适用简易程序的情形（《行政复议法》第五十三条第一款）。'
          : '本案不属于可以直接适用简易程序的情形；经各方当事人同意的，可以适用简易程序（《行政复议法》第五十三条第二款）。'}
      </Hint>
      <Form.Item name="track" label={labels.track} rules={[choose(labels.track)]}>
        <Radio.Group>
          <Radio value="ordinary" data-testid="accept-track-ordinary">
            {trackZh.ordinary}
          </Radio>
          <Radio value="simplified" data-testid="accept-track-simplified">
            {trackZh.simplified}
          </Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item noStyle dependencies={['track']}>
        {({ getFieldValue }) =>
          getFieldValue('track') === 'simplified' && !eligible ? (
            <Form.Item name="partiesAgreeToSimplified" valuePropName="checked">
              <Checkbox data-testid="accept-parties-agree">
                各方当事人同意适用简易程序（《行政复议法》第五十三条第二款）
              </Checkbox>
            </Form.Item>
          ) : null
        }
      </Form.Item>
    </ActionForm>
  );
}
