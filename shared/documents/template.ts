import { formatDateZh, isIsoDate } from '../calendar/time';
import type { IsoDate } from '../calendar/types';
import type { PeriodUnit, TimeLimitRule } from '../domain/rules';
import { DOCUMENT_NUMBER, DRAFT_NUMBER, type OfficialDocument } from './model';
import { chineseCount, chineseDate } from './numerals';

/**
 * Document templates as data. A template names its fields (each with a Chinese label, so an error
 * can say what is missing), its addressee, and its wording as paragraphs with `{field}`
 * placeholders; a paragraph may hold only when a condition on the data holds (the type of a
 * decision, a compensation claim). A period the law sets is written `{period:ruleKey}` and comes
 * from the procedure's rules table, so no template carries a number of days of its own.
 *
 * Filling is strict: a field the template does not declare, a required field left out, a value of
 * the wrong shape, or a placeholder whose field is absent in a paragraph that applies — each
 * throws a DocumentError naming the fields. A template with a placeholder it does not declare
 * fails when it is defined, i.e. when its module loads.
 */

// ---------------------------------------------------------------------------------------------
// Parties and input
// ---------------------------------------------------------------------------------------------

export interface Agent {
  readonly name: string;
  /** 江苏某某律师事务所律师 */
  readonly details?: string;
}

export interface Party {
  readonly name: string;
  /** Decides how a notice speaks to them: 你 or 你单位. */
  readonly kind: 'person' | 'organisation';
  /** What follows the name in a party line: 男，1985年3月2日出生，住… / 住所地…，法定代表人… */
  readonly details?: string;
  /** 委托代理人 (at most two, Art. 17). */
  readonly agents?: readonly Agent[];
}

export interface CaseParties {
  readonly applicant: Party;
  readonly respondent: Party;
  readonly thirdParties?: readonly Party[];
}

/** What a caller gives to fill a template: the document's frame, the parties, and its fields. */
export interface DocumentInput<F> {
  /** 宁政复决字〔2026〕12号 (see documentNumber). */
  readonly number: string;
  /** The body in whose name the document is issued. */
  readonly issuerZh: string;
  /** The date of the document (成文日期). */
  readonly issuedOn: IsoDate;
  readonly draft?: boolean;
  readonly parties: CaseParties;
  /** The party a notice goes to, for templates addressed to `recipient` (one document per party). */
  readonly recipient?: Party;
  readonly fields: F;
}

// ---------------------------------------------------------------------------------------------
// Template specification (typed against the data interface F)
// ---------------------------------------------------------------------------------------------

/**
 * Who a document is addressed to: the applicant, the respondent, a party the caller names
 * (`recipient`: third-party, hearing, suspension… notices, one per party), or nobody — the
 * parties are listed at the top instead (`parties`: decisions, mediation statements).
 */
export type AddresseeRule = 'applicant' | 'respondent' | 'recipient' | 'parties';

type FieldKind<V> = [V] extends [boolean]
  ? 'flag'
  : [V] extends [readonly string[]]
    ? 'list'
    : [V] extends [string]
      ? string extends V
        ? 'text' | 'date'
        : 'choice'
      : never;

/** How a field is declared: its kind follows its type; a choice lists the wording of each option. */
export type FieldSpec<V> = { readonly labelZh: string } & (FieldKind<V> extends 'choice'
  ? { readonly kind: 'choice'; readonly options: { readonly [O in V & string]: string } }
  : { readonly kind: FieldKind<V> });

/** One declaration per field of F; optional fields of F are declared `optional: true`. */
export type FieldSpecs<F> = {
  readonly [K in keyof F]-?: FieldSpec<NonNullable<F[K]>> &
    (undefined extends F[K] ? { readonly optional: true } : { readonly optional?: never });
};

/**
 * When a paragraph applies: the field is present (a flag: true), absent, or one of the values.
 * A list of conditions applies when all of them hold.
 */
export type Condition<F> = {
  [K in keyof F]-?: {
    readonly field: K;
    readonly is?: readonly NonNullable<F[K]>[];
    readonly absent?: true;
  };
}[keyof F];

type ListKey<F> = { [K in keyof F]-?: NonNullable<F[K]> extends readonly string[] ? K : never }[keyof F];

type When<F> = Condition<F> | readonly Condition<F>[];

export type TextBlock<F> = {
  readonly text: string;
  readonly when?: When<F>;
  /** Articles this paragraph applies (added to the document's legal basis when it applies). */
  readonly basis?: readonly string[];
};
/** One paragraph per item, numbered （一）（二）… when there are several. */
export type ListBlock<F> = {
  readonly list: ListKey<F>;
  readonly when?: When<F>;
  readonly basis?: readonly string[];
};
export type Block<F> = string | TextBlock<F> | ListBlock<F>;

export interface TemplateSpec<F> {
  /** Stable id of the document type, e.g. 'decision'. */
  readonly kind: string;
  readonly titleZh: string;
  readonly addressee: AddresseeRule;
  readonly fields: FieldSpecs<F>;
  /** The time-limit rules `{period:key}` placeholders read. */
  readonly rules?: Readonly<Record<string, TimeLimitRule>>;
  /** Articles every document of this type relies on. */
  readonly basis: readonly string[];
  readonly body: readonly Block<F>[];
  readonly attachments?: readonly Block<F>[];
  readonly remedy?: readonly Block<F>[];
  /** Lines for every party's signature (a mediation statement binds once all have signed). */
  readonly partySignatures?: boolean;
}

export interface DocumentTemplate<F> extends TemplateSpec<F> {
  /** Type-only: carries F so that `FieldsOf<typeof template>` and buildDocument can name it. */
  readonly fieldsType?: F;
}

export type FieldsOf<T> = T extends DocumentTemplate<infer F> ? F : never;

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

export type DocumentErrorCode =
  | 'document.templateInvalid'
  | 'document.fieldMissing'
  | 'document.fieldUnknown'
  | 'document.fieldInvalid'
  | 'document.glyphMissing';

/** A document that cannot be produced as asked; the message is Chinese and names the fields. */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';
  constructor(
    readonly code: DocumentErrorCode,
    readonly messageZh: string,
    readonly fields: readonly string[] = [],
  ) {
    super(messageZh);
  }
}

// ---------------------------------------------------------------------------------------------
// Placeholders
// ---------------------------------------------------------------------------------------------

/** `{name}` or `{period:ruleKey}`. */
const PLACEHOLDER = /\{(?:(period):)?([A-Za-z][A-Za-z0-9]*)\}/g;
const ANY_BRACE = /[{}]/;

/** Placeholders every template may use, filled from the input's frame and parties. */
const BUILTINS = ['applicant', 'respondent', 'issuer', 'you'] as const;
type Builtin = (typeof BUILTINS)[number];
const isBuiltin = (name: string): name is Builtin => (BUILTINS as readonly string[]).includes(name);

const UNIT_ZH: Record<PeriodUnit, string> = { calendarDays: '日', workingDays: '个工作日', years: '年' };

/** A period of the rules table as a document writes it: 十五日, 十个工作日. */
export function periodZh(rule: TimeLimitRule): string {
  return `${chineseCount(rule.amount)}${UNIT_ZH[rule.unit]}`;
}

function placeholders(text: string): { period: boolean; name: string }[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ period: m[1] === 'period', name: m[2] as string }));
}

type AnyBlock =
  | string
  | {
      text?: string;
      list?: string;
      when?: AnyCondition | readonly AnyCondition[];
      basis?: readonly string[];
    };
type AnyCondition = { field: string; is?: readonly unknown[]; absent?: true };
type AnyFieldSpec = { kind: string; labelZh: string; optional?: boolean; options?: Record<string, string> };

const blockText = (b: AnyBlock) => (typeof b === 'string' ? b : b.text);
const blockWhen = (b: AnyBlock): readonly AnyCondition[] =>
  typeof b === 'string' || !b.when ? [] : Array.isArray(b.when) ? b.when : [b.when as AnyCondition];

// ---------------------------------------------------------------------------------------------
// Definition: checked once, when the template's module loads
// ---------------------------------------------------------------------------------------------

/**
 * Declares a template for data F. Throws if the wording uses a placeholder it does not declare
 * (or a rule its rules table lacks), a list or condition names an unknown field, or a declared
 * field is never used.
 */
export function defineTemplate<F>(spec: TemplateSpec<F>): DocumentTemplate<F> {
  const fields = spec.fields as unknown as Record<string, AnyFieldSpec>;
  const problems: string[] = [];
  const used = new Set<string>();
  const blocks = [...spec.body, ...(spec.attachments ?? []), ...(spec.remedy ?? [])] as AnyBlock[];
  for (const block of blocks) {
    const text = blockText(block);
    for (const when of blockWhen(block)) {
      if (!fields[when.field]) problems.push(`条件引用了未声明的内容项 ${when.field}`);
      used.add(when.field);
    }
    if (typeof block !== 'string' && block.list !== undefined) {
      if (fields[block.list]?.kind !== 'list') problems.push(`列表段落引用的 ${block.list} 不是列表项`);
      used.add(block.list);
      continue;
    }
    if (text === undefined) {
      problems.push('段落既无文字也无列表');
      continue;
    }
    for (const p of placeholders(text)) {
      if (p.period) {
        if (!spec.rules?.[p.name]) problems.push(`占位符 {period:${p.name}} 不在模板的期限规则表中`);
      } else if (isBuiltin(p.name)) {
        if (p.name === 'you' && spec.addressee === 'parties')
          problems.push('列明当事人而无受文人的文书不能使用 {you}');
      } else if (!fields[p.name]) problems.push(`占位符 {${p.name}} 不是已声明的内容项`);
      else if (!['text', 'date', 'choice'].includes(fields[p.name]?.kind ?? ''))
        problems.push(
          `占位符 {${p.name}} 是${fields[p.name]?.kind === 'list' ? '列表' : '是否'}项，不能写入文字`,
        );
      else used.add(p.name);
    }
    if (ANY_BRACE.test(text.replace(PLACEHOLDER, ''))) problems.push(`占位符格式有误：${text}`);
  }
  for (const name of Object.keys(fields)) {
    if (isBuiltin(name)) problems.push(`内容项 ${name} 与内置占位符同名`);
    if (!used.has(name)) problems.push(`内容项 ${name} 已声明但未使用`);
  }
  if (problems.length)
    throw new DocumentError(
      'document.templateInvalid',
      `文书模板“${spec.titleZh}”有误：${problems.join('；')}`,
      Object.keys(fields),
    );
  return spec;
}

// ---------------------------------------------------------------------------------------------
// Filling
// ---------------------------------------------------------------------------------------------

const label = (fields: Record<string, AnyFieldSpec>, name: string) =>
  `${fields[name]?.labelZh ?? name}（${name}）`;

function isPresent(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function checkValue(spec: AnyFieldSpec, value: unknown): boolean {
  switch (spec.kind) {
    case 'text':
      return typeof value === 'string' && value.trim() !== '';
    case 'date':
      return isIsoDate(value);
    case 'choice':
      return typeof value === 'string' && Object.hasOwn(spec.options ?? {}, value);
    case 'flag':
      return typeof value === 'boolean';
    case 'list':
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        value.every((item) => typeof item === 'string' && item.trim() !== '')
      );
    default:
      return false;
  }
}

function checkFields(titleZh: string, specs: Record<string, AnyFieldSpec>, data: Record<string, unknown>) {
  const unknown = Object.keys(data).filter((k) => !Object.hasOwn(specs, k));
  if (unknown.length)
    throw new DocumentError(
      'document.fieldUnknown',
      `文书“${titleZh}”没有以下内容项：${unknown.join('、')}`,
      unknown,
    );
  const missing = Object.entries(specs)
    .filter(([name, spec]) => !spec.optional && !isPresent(data[name]) && spec.kind !== 'flag')
    .map(([name]) => name);
  if (missing.length)
    throw new DocumentError(
      'document.fieldMissing',
      `文书“${titleZh}”缺少必填内容：${missing.map((n) => label(specs, n)).join('、')}`,
      missing,
    );
  const invalid = Object.entries(specs)
    .filter(([name, spec]) => data[name] !== undefined && !checkValue(spec, data[name]))
    .map(([name]) => name);
  if (invalid.length)
    throw new DocumentError(
      'document.fieldInvalid',
      `文书“${titleZh}”的以下内容格式不正确：${invalid
        .map((n) => {
          const spec = specs[n];
          const expected =
            spec?.kind === 'date'
              ? '应为 YYYY-MM-DD 格式的日期'
              : spec?.kind === 'choice'
                ? `应为以下之一：${Object.keys(spec.options ?? {}).join('、')}`
                : spec?.kind === 'list'
                  ? '应为非空的文字列表'
                  : spec?.kind === 'flag'
                    ? '应为是或否'
                    : '应为非空文字';
          return `${label(specs, n)}${expected}`;
        })
        .join('；')}`,
      invalid,
    );
}

function holds(when: AnyCondition, data: Record<string, unknown>): boolean {
  const value = data[when.field];
  if (when.absent) return !isPresent(value);
  if (when.is) return when.is.includes(value);
  return isPresent(value);
}

/** （一）（二）… before each item when there are several; a single item stands alone. */
function listParagraphs(items: readonly string[]): string[] {
  return items.length === 1
    ? [items[0] as string]
    : items.map((item, i) => `（${chineseCount(i + 1)}）${item}`);
}

const endWithStop = (s: string) => (/[。！？；：]$/.test(s) ? s : `${s}。`);

function partyLine(roleZh: string, p: Party): string[] {
  const lines = [endWithStop(`${roleZh}：${p.name}${p.details ? `，${p.details}` : ''}`)];
  for (const a of p.agents ?? [])
    lines.push(endWithStop(`委托代理人：${a.name}${a.details ? `，${a.details}` : ''}`));
  return lines;
}

const SIGNATURE_SPACE = '\u3000'.repeat(8);

/**
 * Fills a template with its data into a document. Throws DocumentError ('document.fieldUnknown',
 * 'document.fieldMissing', 'document.fieldInvalid') naming the fields at fault.
 */
export function buildDocument<F>(template: DocumentTemplate<F>, input: DocumentInput<F>): OfficialDocument {
  const specs = template.fields as unknown as Record<string, AnyFieldSpec>;
  const data = (input.fields ?? {}) as unknown as Record<string, unknown>;
  const title = template.titleZh;
  checkFields(title, specs, data);
  if (!DOCUMENT_NUMBER.test(input.number) && !(input.draft && DRAFT_NUMBER.test(input.number)))
    throw new DocumentError(
      'document.fieldInvalid',
      `文书“${title}”的文号（number）格式不正确：“${input.number}”，应如“宁政复决字〔2026〕12号”`,
      ['number'],
    );
  if (!isIsoDate(input.issuedOn))
    throw new DocumentError(
      'document.fieldInvalid',
      `文书“${title}”的成文日期（issuedOn）应为 YYYY-MM-DD 格式的日期`,
      ['issuedOn'],
    );
  if (!input.issuerZh?.trim())
    throw new DocumentError('document.fieldMissing', `文书“${title}”缺少发文机关（issuerZh）`, ['issuerZh']);
  if (template.addressee === 'recipient' && !input.recipient)
    throw new DocumentError(
      'document.fieldMissing',
      `文书“${title}”须写明送达对象（recipient）：每位当事人各制作一份`,
      ['recipient'],
    );
  if (template.addressee !== 'recipient' && input.recipient)
    throw new DocumentError('document.fieldUnknown', `文书“${title}”的送达对象由模板确定，不接受 recipient`, [
      'recipient',
    ]);

  const addressee =
    template.addressee === 'applicant'
      ? input.parties.applicant
      : template.addressee === 'respondent'
        ? input.parties.respondent
        : template.addressee === 'recipient'
          ? input.recipient
          : undefined;
  const builtins: Record<Builtin, string | undefined> = {
    applicant: input.parties.applicant.name,
    respondent: input.parties.respondent.name,
    issuer: input.issuerZh,
    you: addressee && (addressee.kind === 'person' ? '你' : '你单位'),
  };

  /** Fields an applied paragraph reads: an optional field given but read by none does not apply. */
  const read = new Set<string>();
  const fill = (text: string): string =>
    text.replace(PLACEHOLDER, (_m, period: string | undefined, name: string) => {
      if (period) return periodZh(template.rules?.[name] as TimeLimitRule);
      if (isBuiltin(name)) return builtins[name] ?? '';
      read.add(name);
      const value = data[name];
      const spec = specs[name] as AnyFieldSpec;
      if (!isPresent(value))
        throw new DocumentError(
          'document.fieldMissing',
          `文书“${title}”缺少本段所需的内容：${label(specs, name)}（“${text.slice(0, 24)}…”）`,
          [name],
        );
      if (spec.kind === 'date') return formatDateZh(value as IsoDate);
      if (spec.kind === 'choice') return spec.options?.[value as string] ?? '';
      return (value as string).trim();
    });

  const legalBasis: string[] = [...template.basis];
  const render = (blocks: readonly Block<F>[] | undefined): string[] =>
    (blocks ?? []).flatMap((b) => {
      const block = b as AnyBlock;
      const conditions = blockWhen(block);
      if (!conditions.every((c) => holds(c, data))) return [];
      for (const c of conditions) read.add(c.field);
      if (typeof block !== 'string') for (const a of block.basis ?? []) legalBasis.push(a);
      if (typeof block !== 'string' && block.list !== undefined) {
        read.add(block.list);
        const items = data[block.list];
        if (!isPresent(items))
          throw new DocumentError(
            'document.fieldMissing',
            `文书“${title}”缺少本段所需的内容：${label(specs, block.list)}`,
            [block.list],
          );
        return listParagraphs((items as string[]).map((s) => s.trim()));
      }
      // A text field may hold several paragraphs, one a line.
      return fill(blockText(block) as string)
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
    });

  const body = render(template.body);
  const attachments = render(template.attachments);
  const remedy = render(template.remedy);
  const notApplying = Object.keys(data).filter((name) => isPresent(data[name]) && !read.has(name));
  if (notApplying.length)
    throw new DocumentError(
      'document.fieldUnknown',
      `文书“${title}”在本情形下不适用以下内容：${notApplying.map((n) => label(specs, n)).join('、')}`,
      notApplying,
    );
  const { applicant, respondent, thirdParties = [] } = input.parties;
  const partyLines =
    template.addressee === 'parties'
      ? [
          ...partyLine('申请人', applicant),
          ...partyLine('被申请人', respondent),
          ...thirdParties.flatMap((p) => partyLine('第三人', p)),
        ]
      : [];
  const signatureLines = template.partySignatures
    ? [
        `申请人（签字或者签章）：${SIGNATURE_SPACE}`,
        `被申请人（签章）：${SIGNATURE_SPACE}`,
        ...thirdParties.map(() => `第三人（签字或者签章）：${SIGNATURE_SPACE}`),
      ]
    : [];

  return {
    kind: template.kind,
    titleZh: title,
    issuerZh: input.issuerZh.trim(),
    number: input.number,
    ...(addressee ? { addresseeZh: addressee.name } : {}),
    partyLines,
    body,
    attachments,
    remedy,
    signatureLines,
    legalBasis: [...new Set(legalBasis)],
    issuedOn: input.issuedOn,
    dateZh: chineseDate(input.issuedOn),
    seal: { placeholder: true, ownerZh: input.issuerZh.trim() },
    draft: input.draft ?? false,
  };
}
