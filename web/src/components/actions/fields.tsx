import { DatePicker, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { choose } from '../../forms/problem';

/** A calendar day as the API takes it (the picker's day, whatever the browser's zone). */
export const isoDay = (day: Dayjs): string => day.format('YYYY-MM-DD');

/** Text fields are sent trimmed, and an empty optional one not at all. */
export const optional = <K extends string>(key: K, text: string | undefined) =>
  (text?.trim() ? { [key]: text.trim() } : {}) as Partial<Record<K, string>>;

/** What the law says about this step, above the fields. */
export const Hint = (props: { readonly children: ReactNode }) => (
  <Typography.Paragraph className="action-hint">{props.children}</Typography.Paragraph>
);

/** The optional note most actions carry (说明). */
export function NoteField(props: { readonly testId: string }) {
  return (
    <Form.Item name="noteZh" label="说明（选填）">
      <Input.TextArea rows={3} maxLength={2000} showCount data-testid={props.testId} />
    </Form.Item>
  );
}

/** A required day, none before `from` (e.g. the copy cannot be sent before the acceptance). */
export function DayField(props: {
  readonly name: string;
  readonly labelZh: string;
  readonly from?: string;
  readonly testId: string;
  readonly extra?: ReactNode;
}) {
  const from = props.from ? dayjs(props.from) : undefined;
  return (
    <Form.Item name={props.name} label={props.labelZh} rules={[choose(props.labelZh)]} extra={props.extra}>
      <DatePicker
        format="YYYY-MM-DD"
        data-testid={props.testId}
        disabledDate={from ? (day) => day.isBefore(from, 'day') : undefined}
      />
    </Form.Item>
  );
}
