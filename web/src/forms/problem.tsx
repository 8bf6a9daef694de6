import { Alert, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiProblem, namePath, type ProblemField } from '../api/problem';

/**
 * Field labels of a form by the API's field path; a number in a path is written `*`
 * ('items.*.descriptionZh'), and the summary then says which item ("第2项").
 */
export type FieldLabels = Readonly<Record<string, string>>;

/** What a person reads for a field path: its label (and item number), never the internal path. */
export function labelOf(labels: FieldLabels, path: string): string {
  const parts = path.split('.');
  const generic = parts.map((p) => (/^\d+$/.test(p) ? '*' : p)).join('.');
  const items = parts.filter((p) => /^\d+$/.test(p)).map((p) => `第${Number(p) + 1}项`);
  // The most specific label known: the path itself, else its nearest parent that has one.
  for (let n = parts.length; n > 0; n--) {
    const key = generic.split('.').slice(0, n).join('.');
    const label = labels[key];
    if (label) return [label, ...items].join(' ');
  }
  return '其他内容';
}

/** A field error the form can show next to its field (the API names body fields by their path). */
const fieldErrors = (fields: readonly ProblemField[]) =>
  fields
    .filter((f) => f.path && !f.path.startsWith('(') && !f.path.startsWith('headers.'))
    .map((f) => ({ name: namePath(f.path), errors: [f.messageZh] }));

/**
 * A form's refusal state: the problem the API answered, shown as a summary at the top (labels,
 * not paths) and as an inline error on each field it names. Anything that is not an ApiProblem
 * is shown as a general error.
 */
export function useProblem<T>(form: FormInstance<T>) {
  const [problem, setProblem] = useState<ApiProblem>();
  const show = useCallback(
    (err: unknown) => {
      const p =
        err instanceof ApiProblem
          ? err
          : new ApiProblem({ status: 0, detail: err instanceof Error ? err.message : String(err) });
      setProblem(p);
      form.setFields(fieldErrors(p.fields) as Parameters<FormInstance<T>['setFields']>[0]);
      // Bring the summary into view and to the screen reader's attention.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="form-error"]')?.focus());
    },
    [form],
  );
  const clear = useCallback(() => setProblem(undefined), []);
  return { problem, show, clear };
}

/** Focuses the field an error names (antd gives each form item's control the id `<form>_<path>`). */
function focusField(formName: string, path: string) {
  const id = `${formName}_${namePath(path).join('_')}`;
  const el = document.getElementById(id);
  if (!el) return;
  // A group (radio buttons, check boxes) carries the id on a container that takes no focus: its
  // first control does.
  const focusable = el.matches('input, select, textarea, button, [tabindex]')
    ? el
    : (el.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea, button, [tabindex]') ??
      el);
  focusable.focus();
  el.scrollIntoView({ block: 'center' });
}

/**
 * The error summary at the top of a form: what went wrong, then each field by its Chinese label
 * with the API's message, each a link to the field.
 */
export function ErrorSummary(props: {
  readonly problem: ApiProblem | undefined;
  readonly labels: FieldLabels;
  readonly formName: string;
}) {
  const { problem } = props;
  if (!problem) return null;
  const fields = problem.fields;
  const omitted = problem.problem.omittedErrors;
  return (
    <div tabIndex={-1} data-testid="form-error" className="error-summary">
      <Alert
        type="error"
        showIcon
        role="alert"
        // The API's detail repeats every message by path; the list below says them by label.
        message={fields.length > 0 ? `有${fields.length + (omitted ?? 0)}处需要修改：` : problem.message}
        description={
          fields.length > 0 ? (
            <ul>
              {fields.map((f) => (
                <li key={`${f.path}:${f.messageZh}`}>
                  <a
                    href={`#${props.formName}_${namePath(f.path).join('_')}`}
                    onClick={(e) => {
                      e.preventDefault();
                      focusField(props.formName, f.path);
                    }}
                  >
                    {labelOf(props.labels, f.path)}
                  </a>
                  ：{f.messageZh}
                </li>
              ))}
              {omitted ? <li>另有{omitted}处问题未列出，请先修改以上内容后重新提交。</li> : null}
            </ul>
          ) : problem.problem.correlationId ? (
            `如需咨询，请告知编号 ${problem.problem.correlationId}`
          ) : undefined
        }
      />
    </div>
  );
}

/** Required-field rule in the wording people expect: "请填写…" when empty. */
export const required = (what: string) => ({ required: true, whitespace: true, message: `请填写${what}` });
/** Required choice: "请选择…". */
export const choose = (what: string) => ({ required: true, message: `请选择${what}` });
