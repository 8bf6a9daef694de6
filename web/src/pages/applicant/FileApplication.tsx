import { Alert, App, Button, Form, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { FilePurpose } from '../../../../shared/domain/files';
import { ok } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { loadReference, timeLimitZh, vocabulary } from '../../api/reference';
import { usePortal, useSession } from '../../app/portal';
import { UploadList } from '../../components/files/UploadList';
import { useUploads } from '../../components/files/upload';
import { ApplicationFields } from '../../components/filing/ApplicationFields';
import { applicationLabels } from '../../components/filing/labels';
import { PreviewPanel } from '../../components/filing/PreviewPanel';
import { sampleApplication } from '../../components/filing/sample';
import {
  type ApplicantType,
  type ApplicationValues,
  newIdempotencyKey,
  previewKey,
  type TimelinessPreview,
  toFiling,
} from '../../components/filing/values';
import { ErrorSummary, useProblem } from '../../forms/problem';
import { useLoad } from '../../hooks/useLoad';
import '../../styles/filing.css';

const formName = 'application';
/** What an applicant attaches to the application itself: the evidence, and an agent's power of attorney. */
const filingPurposes: readonly FilePurpose[] = ['evidence', 'powerOfAttorney'];
/** Form-only fields: checked before submitting, never part of the timeliness check. */
const lateFields = new Set(['delayReason', 'confirmLate']);

/** The antd form's validation failure: each field with its messages. */
interface ValidationFailure {
  readonly errorFields: readonly { readonly name: (string | number)[]; readonly errors: string[] }[];
}
const isValidationFailure = (err: unknown): err is ValidationFailure =>
  typeof err === 'object' && err !== null && Array.isArray((err as ValidationFailure).errorFields);

/** The form's own findings in the shape of the API's, so both show in the same summary. */
const problemOfValidation = (failure: ValidationFailure) =>
  new ApiProblem({
    status: 0,
    detail: '申请书尚未填写完整',
    errors: failure.errorFields.map((f) => ({ path: f.name.join('.'), messageZh: f.errors[0] ?? '' })),
  });

/**
 * 申请行政复议: the application form, a check of the competent body and the time to apply
 * (POST /v1/cases/timeliness), then filing (POST /v1/cases) with one Idempotency-Key per
 * application, so pressing submit again after a lost answer returns the same case.
 */
export default function FileApplication() {
  const { api, config } = usePortal();
  const { profile } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<ApplicationValues>();
  const { problem, show, clear } = useProblem(form);
  const reference = useLoad(() => loadReference(api), [api]);
  const [preview, setPreview] = useState<{ key: string; result: TimelinessPreview }>();
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState<'check' | 'submit' | 'sample'>();
  /** The body last sent for filing and its key: the same body is sent again with the same key. */
  const filing = useRef<{ body: string; key: string }>(undefined);
  const applicantType = (Form.useWatch(['applicant', 'type'], form) ?? 'person') as ApplicantType;
  const uploads = useUploads(filingPurposes);

  // A new check's answer is read next: its heading takes the focus (and the screen reader's attention).
  useEffect(() => {
    if (!preview) return;
    const heading = document.getElementById('preview-title');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }, [preview]);

  const initialValues: ApplicationValues = {
    applicant: {
      type: 'person',
      name: profile.nameZh,
      ...(profile.phone ? { phone: profile.phone } : {}),
    },
    hasAgent: false,
    act: { realProperty: false },
    hearingRequested: false,
    confirmLate: false,
  };

  /** Switching between a person and an organisation: the person's own name is not the organisation's. */
  const onTypeChange = (type: ApplicantType) => {
    const name = form.getFieldValue(['applicant', 'name']) as string | undefined;
    if (type === 'organisation' && name === profile.nameZh) form.setFieldValue(['applicant', 'name'], '');
    if (type === 'person' && !name) form.setFieldValue(['applicant', 'name'], profile.nameZh);
  };

  const application = (late: boolean) => toFiling(form.getFieldsValue(true) as ApplicationValues, { late });

  const showValidation = (err: unknown) => show(isValidationFailure(err) ? problemOfValidation(err) : err);

  const check = async () => {
    clear();
    setBusy('check');
    try {
      const fields = form
        .getFieldsError()
        .map((f) => f.name)
        .filter((name) => !lateFields.has(String(name[0])));
      await form.validateFields(fields);
      const body = application(false);
      const result = await ok(api.POST('/v1/cases/timeliness', { body }));
      setPreview({ key: previewKey(body), result });
      setStale(false);
    } catch (err) {
      setPreview(undefined);
      showValidation(err);
    } finally {
      setBusy(undefined);
    }
  };

  const submit = async () => {
    clear();
    if (!preview) return check();
    const late = !preview.result.timeliness.timely;
    try {
      await form.validateFields();
    } catch (err) {
      showValidation(err);
      return;
    }
    if (uploads.pending) {
      message.info('文件正在上传，完成后再提交申请');
      return;
    }
    const filled = application(late);
    if (previewKey(filled) !== preview.key) return check();
    // The files go with the application (checked with it, attached right after it is filed).
    const body = uploads.attachments.length ? { ...filled, attachments: [...uploads.attachments] } : filled;
    const sent = JSON.stringify(body);
    if (filing.current?.body !== sent) filing.current = { body: sent, key: newIdempotencyKey() };
    setBusy('submit');
    try {
      const created = await ok(
        api.POST('/v1/cases', { body, params: { header: { 'idempotency-key': filing.current.key } } }),
      );
      message.success({
        content: <span data-testid="flash">申请已提交，案件编号：{created.caseNumber}</span>,
        duration: 8,
      });
      navigate(`/cases/${created.id}`);
    } catch (err) {
      show(err);
    } finally {
      setBusy(undefined);
    }
  };

  const fillSample = async () => {
    setBusy('sample');
    try {
      const sample = await sampleApplication(profile);
      form.resetFields();
      form.setFieldsValue(sample);
      clear();
      setPreview(undefined);
      setStale(false);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(undefined);
    }
  };

  /** Any change to what the check looked at makes its answer stale (not the delay reason or the confirmation). */
  const onValuesChange = (changed: Partial<ApplicationValues>) => {
    if (!preview || Object.keys(changed).every((k) => lateFields.has(k))) return;
    if (previewKey(application(false)) === preview.key) return;
    setPreview(undefined);
    setStale(true);
  };

  return (
    <section className="filing-page">
      <Typography.Title level={1}>申请行政复议</Typography.Title>
      <Typography.Paragraph>
        请填写行政复议申请书，带星号（*）的为必填项。提交前请先“检查申请”：系统会告诉您受理申请的复议机关、管辖依据，以及申请是否在法定期限内。
      </Typography.Paragraph>
      {config.mode === 'demo' ? (
        <Alert
          className="demo-box"
          data-testid="demo-box"
          type="warning"
          title="演示功能（仅本地演示环境）"
          description={
            <Space wrap>
              <span>一键填入一份示例申请（日期按演示时钟计算），便于体验申请流程。</span>
              <Button onClick={fillSample} loading={busy === 'sample'} data-testid="fill-example">
                填入示例数据
              </Button>
            </Space>
          }
        />
      ) : null}
      {reference.error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="load-error"
          title="无法读取行政机关名录"
          description={
            <Space wrap>
              <span>{reference.error.message}</span>
              <Button onClick={reference.reload}>重试</Button>
            </Space>
          }
        />
      ) : !reference.data ? (
        <div className="page-loading" role="status">
          <Spin /> <span>正在读取行政机关名录……</span>
        </div>
      ) : (
        <Form<ApplicationValues>
          form={form}
          name={formName}
          layout="vertical"
          requiredMark
          initialValues={initialValues}
          onValuesChange={(changed) => {
            const type = (changed as Partial<ApplicationValues>).applicant?.type;
            if (type) onTypeChange(type);
            onValuesChange(changed);
          }}
          data-testid="application-form"
          scrollToFirstError={false}
        >
          <ErrorSummary problem={problem} labels={applicationLabels(applicantType)} formName={formName} />
          <ApplicationFields
            agencies={reference.data.agencies.agencies}
            actKinds={vocabulary(reference.data, 'reconsideration', 'actKindsZh')}
            periods={{
              noRightsNoticeCapZh: timeLimitZh(reference.data, 'rc.noRightsNoticeCap') ?? '法定期限',
              realPropertyCapZh: timeLimitZh(reference.data, 'rc.absoluteCapRealProperty') ?? '法定期限',
            }}
            applicantType={applicantType}
          />
          <UploadList
            uploads={uploads}
            labelZh="证据材料（可选）"
            hintZh="可随申请一并提交证据材料；委托代理人的，请提交授权委托书。也可在提交申请后，在案件页面的“材料与阅卷”中补充提交。"
            testId="filing-uploads"
          />
          {stale ? (
            <Alert
              type="info"
              showIcon
              data-testid="preview-stale"
              className="filing-notice"
              title="申请内容已修改，请重新检查申请后再提交。"
            />
          ) : null}
          {preview ? <PreviewPanel preview={preview.result} /> : null}
          <div className="filing-actions">
            <Button
              type={preview ? 'default' : 'primary'}
              size="large"
              onClick={check}
              loading={busy === 'check'}
              data-testid="check-application"
            >
              检查申请
            </Button>
            {preview ? (
              <Button
                type="primary"
                size="large"
                onClick={submit}
                loading={busy === 'submit'}
                disabled={uploads.pending}
                data-testid="submit-application"
              >
                提交申请
              </Button>
            ) : null}
            <Link to="/my/cases">返回我的案件</Link>
          </div>
        </Form>
      )}
    </section>
  );
}
