import { Alert, Card, Checkbox, Collapse, Descriptions, type DescriptionsProps, Form, Input } from 'antd';
import { formatDate } from '../../format';
import { required } from '../../forms/problem';
import { StatusTag } from '../StatusTag';
import type { TimelinessPreview } from './values';

/** The late-filing confirmation: a box that must be ticked (its value is never sent). */
const confirmRule = {
  validator: (_: unknown, value: unknown) =>
    value === true ? Promise.resolve() : Promise.reject(new Error('请勾选确认后再提交')),
};

const provisionalHint = '该年度官方节假日安排尚未载入，载入后将重新计算';

/** The check's findings, one labelled line each. */
function facts(p: TimelinessPreview): DescriptionsProps['items'] {
  const t = p.timeliness;
  return [
    {
      key: 'body',
      label: '复议机关',
      children: (
        <span data-testid="preview-body">
          <strong>{p.competentBody.nameZh}</strong>（承办：{p.competentBody.officeNameZh}）
        </span>
      ),
    },
    {
      key: 'basis',
      label: '管辖依据',
      children: (
        <>
          <span data-testid="preview-basis">{p.competenceBasisZh}</span>
          {p.selfReview ? (
            <div>
              本机关复议自己作出的行政行为，应当听取行政复议委员会的意见；对复议决定不服的，可以向国务院申请裁决（《行政复议法》第二十六条）。
            </div>
          ) : null}
        </>
      ),
    },
    {
      key: 'timeliness',
      label: '申请期限',
      children: (
        <>
          <div data-testid="preview-timeliness">
            {t.timely ? (
              <StatusTag tone="success">在期限内</StatusTag>
            ) : (
              <StatusTag tone="danger">已超过申请期限</StatusTag>
            )}
            {t.provisional ? (
              <StatusTag tone="warning" title={provisionalHint}>
                暂定
              </StatusTag>
            ) : null}
            <span>{t.messageZh}</span>
          </div>
          <div>
            届满日：{formatDate(t.dueDate)}（当日24时止）{t.provisional ? `；${provisionalHint}` : ''}
          </div>
        </>
      ),
    },
    ...(p.simplifiedEligible
      ? [{ key: 'track', label: '审理程序', children: '本案可能适用简易程序（《行政复议法》第五十三条）。' }]
      : []),
    ...(p.mustReconsiderFirst
      ? [
          {
            key: 'first',
            label: '复议前置',
            children:
              '本案属于应当先申请行政复议、对复议决定不服再提起行政诉讼的情形（《行政复议法》第二十三条）。',
          },
        ]
      : []),
  ];
}

/**
 * What the check before filing found: the competent body and why, and whether the application
 * is in time. A late one asks for the delay reason and an explicit confirmation.
 */
export function PreviewPanel(props: { readonly preview: TimelinessPreview }) {
  const p = props.preview;
  const t = p.timeliness;
  const late = !t.timely;
  return (
    <Card
      className="filing-section"
      data-testid="preview"
      title={
        <h2 className="filing-section-title" id="preview-title" tabIndex={-1}>
          提交前核对
        </h2>
      }
    >
      <Descriptions column={1} bordered size="small" className="preview-facts" items={facts(p)} />
      {t.explanationsZh.length > 0 ? (
        <Collapse
          className="preview-explanations"
          size="small"
          items={[
            {
              key: 'how',
              label: '期限如何计算',
              children: (
                <ul data-testid="preview-explanations">
                  {t.explanationsZh.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      ) : null}
      {late ? (
        <div className="late-filing">
          <Alert
            type="error"
            showIcon
            data-testid="late-warning"
            title="按您填写的日期，本申请已超过法定申请期限"
            description="超过期限且没有正当理由的，复议机关可以决定不予受理。因不可抗力或者其他正当理由耽误法定申请期限的，申请期限自障碍消除之日起继续计算（《行政复议法》第二十条第二款）：请在下面说明理由，复议机关将予审查。"
          />
          <Form.Item
            name="delayReason"
            label="迟延理由"
            rules={[required('迟延理由')]}
            extra="如：因住院治疗无法按期申请，并写明障碍消除的日期"
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={2000}
              data-testid="field-delayReason"
            />
          </Form.Item>
          <Form.Item name="confirmLate" valuePropName="checked" rules={[confirmRule]}>
            <Checkbox data-testid="confirm-late">我已知悉本申请已超过法定申请期限，仍要提交</Checkbox>
          </Form.Item>
        </div>
      ) : null}
    </Card>
  );
}
