import { Alert, Button, Form, Space } from 'antd';
import { type ReactNode, useState } from 'react';
import { ok } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { Reference } from '../../api/reference';
import type { ActionCommand, ActionFields, ActionId, CaseView } from '../../api/types';
import { usePortal } from '../../app/portal';
import { ErrorSummary, type FieldLabels, useProblem } from '../../forms/problem';

/** What every action form gets: the case as the person sees it, and what to do when done. */
export interface ActionFormProps {
  readonly caseView: CaseView;
  readonly reference: Reference;
  /** The action's name as the API labels it (allowedActions). */
  readonly labelZh: string;
  /** The action was recorded: the case as the API answered. */
  onDone(updated: CaseView): void;
  onCancel(): void;
  /** Loads the case again (after a 409: someone else changed it). */
  onReload(): void;
}

interface ActionFormShellProps<A extends ActionId, V> extends ActionFormProps {
  readonly action: A;
  /** The form's field labels by the API's field path, for the error summary. */
  readonly labels: FieldLabels;
  /** The command's own fields from what the person filled in. */
  toFields(values: V): ActionFields<A>;
  readonly initialValues?: Partial<V>;
  /** Why the form cannot be sent yet (e.g. a file still uploading): the submit button waits, saying so. */
  readonly waitingZh?: string;
  readonly children: ReactNode;
}

/** The case changed since it was loaded (or the action no longer fits it): say so, offer a reload. */
function Conflict(props: { readonly problem: ApiProblem; readonly onReload: () => void }) {
  const stale = props.problem.problem.code === 'case.versionStale';
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="action-conflict"
      className="action-conflict"
      title={stale ? '案件已被他人更新，您看到的不是最新内容' : '案件当前状态不能办理此事项'}
      description={
        <>
          <p>{props.problem.message}</p>
          <Button onClick={props.onReload} data-testid="conflict-reload">
            重新载入案件
          </Button>
        </>
      }
    />
  );
}

/**
 * The frame of every action form: sends `{action, expectedVersion, ...fields}` for the version
 * the person saw; a refusal shows the summary (by field label) and each field's own error; a 409
 * explains that the case changed and offers to load it again.
 */
export function ActionForm<A extends ActionId, V extends object>(props: ActionFormShellProps<A, V>) {
  const { api } = usePortal();
  const [form] = Form.useForm<V>();
  const { problem, show, clear } = useProblem(form);
  const [conflict, setConflict] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);
  const formName = `action-${props.action}`;

  const submit = async (values: V) => {
    clear();
    setConflict(undefined);
    setBusy(true);
    try {
      const body = {
        action: props.action,
        expectedVersion: props.caseView.version,
        ...props.toFields(values),
      } as Extract<ActionCommand, { action: A }>;
      const updated = await ok(
        api.POST('/v1/cases/{id}/actions', { params: { path: { id: props.caseView.id } }, body }),
      );
      props.onDone(updated);
    } catch (err) {
      if (err instanceof ApiProblem && err.status === 409) setConflict(err);
      else show(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<V>
      form={form}
      name={formName}
      layout="vertical"
      onFinish={submit}
      initialValues={props.initialValues}
      scrollToFirstError
      data-testid={`action-form-${props.action}`}
      aria-label={props.labelZh}
      className="action-form"
    >
      {conflict ? <Conflict problem={conflict} onReload={props.onReload} /> : null}
      <ErrorSummary problem={problem} labels={props.labels} formName={formName} />
      {props.children}
      <Space wrap className="action-form-buttons">
        <Button
          type="primary"
          htmlType="submit"
          loading={busy}
          disabled={props.waitingZh !== undefined}
          data-testid="action-submit"
        >
          确认{props.labelZh}
        </Button>
        {props.waitingZh ? <span role="status">{props.waitingZh}</span> : null}
        <Button onClick={props.onCancel} data-testid="action-cancel">
          取消
        </Button>
      </Space>
    </Form>
  );
}
