import * as z from 'zod/mini';

/**
 * zod's messages in Chinese, for every issue kind zod 4 raises. Installed once, globally, when
 * this module is loaded (shared/http imports it, so every API handler, the local server and the
 * workflow tasks have it): a schema's own message still wins, and anything a schema does not
 * word itself is said here — never zod's English default. The messages name no field (the
 * field path travels beside the message) and never repeat what the caller sent.
 */

type Issue = z.core.$ZodRawIssue;

const typeNamesZh: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '是或否',
  symbol: '符号',
  undefined: '空缺',
  null: '空值',
  void: '空值',
  never: '无',
  date: '日期',
  array: '列表',
  tuple: '列表',
  object: '对象',
  record: '对象',
  map: '对象',
  set: '集合',
  file: '文件',
  function: '函数',
  nan: '非数字值',
  nonoptional: '非空的值',
};

/** What was received, in words: the kind of value, never the value itself. */
function receivedZh(input: unknown): string {
  if (input === null) return '空值';
  if (Array.isArray(input)) return '列表';
  switch (typeof input) {
    case 'string':
      return '文字';
    case 'number':
      if (Number.isNaN(input)) return '非数字值';
      if (!Number.isFinite(input)) return '无穷大';
      return Number.isInteger(input) ? '整数' : '小数';
    case 'bigint':
      return '整数';
    case 'boolean':
      return '是或否';
    case 'object':
      return input instanceof Date ? '日期' : '对象';
    default:
      return '无法识别的值';
  }
}

const formatNamesZh: Readonly<Record<string, string>> = {
  email: '应为有效的电子邮件地址',
  url: '应为有效的网址',
  emoji: '应为表情符号',
  uuid: '编号格式不正确',
  uuidv4: '编号格式不正确',
  uuidv6: '编号格式不正确',
  uuidv7: '编号格式不正确',
  guid: '编号格式不正确',
  nanoid: '编号格式不正确',
  cuid: '编号格式不正确',
  cuid2: '编号格式不正确',
  ulid: '编号格式不正确',
  xid: '编号格式不正确',
  ksuid: '编号格式不正确',
  datetime: '应为带时区的日期时间，例如 2026-03-01T09:00:00+08:00',
  date: '应为“年-月-日”格式的日期，例如 2026-03-01',
  time: '应为时间，例如 09:00:00',
  duration: '应为时长',
  ipv4: '应为有效的网络地址',
  ipv6: '应为有效的网络地址',
  mac: '应为有效的网络地址',
  cidrv4: '应为有效的网络地址段',
  cidrv6: '应为有效的网络地址段',
  base64: '编码格式不正确',
  base64url: '编码格式不正确',
  json_string: '应为有效的 JSON 文本',
  e164: '应为国际格式的电话号码',
  jwt: '令牌格式不正确',
  lowercase: '应为小写',
  uppercase: '应为大写',
  regex: '格式不正确',
  template_literal: '格式不正确',
};

/** A value the schema expects (an enum member, a literal), as a person reads it. */
function valueZh(v: unknown): string {
  if (typeof v === 'string') return `“${v}”`;
  if (v === true) return '是';
  if (v === false) return '否';
  if (v === null) return '空值';
  if (v === undefined) return '不填';
  return String(v);
}

const sized = (origin: string | undefined): { unit: string; empty: string } | undefined => {
  switch (origin) {
    case 'string':
      return { unit: '个字', empty: '不能为空' };
    case 'array':
    case 'set':
      return { unit: '项', empty: '请至少填写一项' };
    case 'map':
      return { unit: '项', empty: '请至少填写一项' };
    case 'file':
      return { unit: '字节', empty: '文件不能为空' };
    default:
      return undefined;
  }
};

const bound = (v: number | bigint, origin: string | undefined) =>
  origin === 'date' && typeof v === 'number' ? new Date(v).toISOString().slice(0, 10) : String(v);

/** The Chinese message for a zod issue; always a message, whatever the kind. */
export function zhIssueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return '此项必填，请填写';
      const expected = typeNamesZh[issue.expected] ?? '其他类型的值';
      return `应为${expected}，收到的是${receivedZh(issue.input)}`;
    }
    case 'too_small': {
      const size = sized(issue.origin);
      const min = bound(issue.minimum, issue.origin);
      if (size) {
        if (issue.exact) return `应为${min}${size.unit}`;
        if (Number(issue.minimum) <= 1) return size.empty;
        return `至少${min}${size.unit}`;
      }
      if (issue.origin === 'date') return `不能早于${min}`;
      return issue.inclusive === false ? `应大于${min}` : `不能小于${min}`;
    }
    case 'too_big': {
      const size = sized(issue.origin);
      const max = bound(issue.maximum, issue.origin);
      if (size) return issue.exact ? `应为${max}${size.unit}` : `不得超过${max}${size.unit}`;
      if (issue.origin === 'date') return `不能晚于${max}`;
      return issue.inclusive === false ? `应小于${max}` : `不能大于${max}`;
    }
    case 'invalid_format': {
      const format = issue as Issue & { prefix?: string; suffix?: string; includes?: string };
      if (issue.format === 'starts_with') return `应以“${format.prefix ?? ''}”开头`;
      if (issue.format === 'ends_with') return `应以“${format.suffix ?? ''}”结尾`;
      if (issue.format === 'includes') return `应包含“${format.includes ?? ''}”`;
      return formatNamesZh[issue.format] ?? '格式不正确';
    }
    case 'not_multiple_of':
      return `应为${issue.divisor}的整数倍`;
    case 'unrecognized_keys':
      // Said of each key, whose own path names it (the keys are the caller's words, never repeated here).
      return '不接受此字段，请删除';
    case 'invalid_union': {
      if (issue.inclusive === false) return '同时符合多种格式，无法判断是哪一种';
      const options = (issue as Issue & { options?: readonly unknown[] }).options;
      if (options?.length) return `类型应为以下之一：${options.map(valueZh).join('、')}`;
      return '不符合任何一种可接受的格式';
    }
    case 'invalid_key':
      return '含有无效的键名';
    case 'invalid_element':
      return '含有无效的元素';
    case 'invalid_value':
      if (issue.values.length === 1) return `应为${valueZh(issue.values[0])}`;
      return `应为以下之一：${issue.values.map(valueZh).join('、')}`;
    case 'custom':
      return '内容不符合要求';
    default:
      return '内容有误';
  }
}

/** The error map zod calls for every issue without a message of its own. */
export const zhErrorMap: z.core.$ZodErrorMap = (issue) => zhIssueMessage(issue);

z.config({ customError: zhErrorMap });
