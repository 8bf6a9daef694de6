import { Checkbox, DatePicker, Form, type GetProps, Input, Select, type SelectProps, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { Body } from '../../api/types';
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
  /** A field, or a path to a nested one (e.g. ['settlement', 'concludedOn']). */
  readonly name: string | (string | number)[];
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

/**
 * A checkbox group as a form field: named by its label (`labelledBy`, the id of the label's text),
 * and without the aria-required the form gives its controls, which a group may not carry.
 */
export function CheckboxGroupField(
  props: GetProps<typeof Checkbox.Group> & {
    readonly labelledBy: string;
    readonly 'aria-required'?: unknown;
  },
) {
  const { labelledBy, 'aria-required': _required, ...rest } = props;
  return <Checkbox.Group {...rest} aria-labelledby={labelledBy} />;
}

/** A reconsideration body from the directory, found by typing part of its name. */
export function BodySelect(props: SelectProps & { readonly bodies: readonly Body[] }) {
  const { bodies, ...rest } = props;
  return (
    <Select
      {...rest}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder="请选择或输入机关名称"
      options={bodies.map((b) => ({ value: b.id, label: b.nameZh }))}
    />
  );
}
