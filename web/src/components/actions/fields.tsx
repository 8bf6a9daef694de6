import {
  Checkbox,
  DatePicker,
  Form,
  type GetProps,
  Input,
  InputNumber,
  Radio,
  Select,
  type SelectProps,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { Body } from '../../api/types';
import { choose, required } from '../../forms/problem';

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

/**
 * A text the person writes, named by its label: required unless `optional` (then "（选填）"), on
 * several lines when `rows` is given. `max` is the API's own limit, counted as they type.
 */
export function TextField(props: {
  readonly name: string | (string | number)[];
  readonly labelZh: string;
  readonly max: number;
  readonly testId: string;
  readonly rows?: number;
  readonly optional?: boolean;
  readonly extra?: ReactNode;
}) {
  const label = props.optional ? `${props.labelZh}（选填）` : props.labelZh;
  return (
    <Form.Item
      name={props.name}
      label={label}
      rules={props.optional ? [] : [required(props.labelZh)]}
      extra={props.extra}
    >
      {props.rows ? (
        <Input.TextArea rows={props.rows} maxLength={props.max} showCount data-testid={props.testId} />
      ) : (
        <Input maxLength={props.max} data-testid={props.testId} />
      )}
    </Form.Item>
  );
}

/** A yes-or-no question the person must answer (是 / 否), named by its label. */
export function YesNoField(props: {
  readonly name: string;
  readonly labelZh: string;
  readonly testId: string;
}) {
  const labelId = `${props.testId}-label`;
  return (
    <Form.Item
      name={props.name}
      label={<span id={labelId}>{props.labelZh}</span>}
      rules={[choose(props.labelZh)]}
    >
      <Radio.Group aria-labelledby={labelId}>
        <Radio value={true} data-testid={`${props.testId}-yes`}>
          是
        </Radio>
        <Radio value={false} data-testid={`${props.testId}-no`}>
          否
        </Radio>
      </Radio.Group>
    </Form.Item>
  );
}

/** A whole number of days the body sets (the API says the bounds when one is out of them). */
export function DaysField(props: {
  readonly name: string;
  readonly labelZh: string;
  readonly testId: string;
  readonly optional?: boolean;
  /** The most the rules allow, when they say (e.g. an extension's statutory maximum). */
  readonly max?: number;
  readonly extra?: ReactNode;
}) {
  return (
    <Form.Item
      name={props.name}
      label={props.optional ? `${props.labelZh}（选填）` : props.labelZh}
      rules={props.optional ? [] : [{ required: true, message: `请填写${props.labelZh}` }]}
      extra={props.extra}
    >
      <InputNumber min={1} max={props.max} precision={0} suffix="日" data-testid={props.testId} />
    </Form.Item>
  );
}
