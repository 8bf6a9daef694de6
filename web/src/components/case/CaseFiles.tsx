import { DownloadOutlined, LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Form, Input, Modal, Radio, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import {
  confidentialityKinds,
  confidentialityLabelsZh,
  type FilePurpose,
  formatBytesZh,
  uploadPurposesOf,
} from '../../../../shared/domain/files';
import { ok } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { CaseView, FileEntry, ReadableFile } from '../../api/types';
import { usePortal, useSession } from '../../app/portal';
import { formatDateTime } from '../../format';
import { required } from '../../forms/problem';
import { useLoad } from '../../hooks/useLoad';
import { type ListField, ResponsiveList } from '../cases/ResponsiveList';
import { UploadList } from '../files/UploadList';
import { useUploads } from '../files/upload';
import { StatusTag } from '../StatusTag';
import { Section } from './Section';

type Behalf = 'body' | 'applicant' | 'respondent';
const behalfLabelsZh: Record<Behalf, string> = {
  body: '本机构材料',
  applicant: '代申请人方提交',
  respondent: '代被申请人提交',
};

/** Staff marking a file withheld (Art. 47) or opening it again: the kind and the reason, said to the other side. */
function ConfidentialityDialog(props: {
  readonly caseId: string;
  readonly file: ReadableFile | undefined;
  onClose(changed: boolean): void;
}) {
  const { api } = usePortal();
  const [form] = Form.useForm<{ kind?: (typeof confidentialityKinds)[number]; reasonZh?: string }>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const file = props.file;
  const marking = !file?.confidentiality;
  const submit = async (v: { kind?: (typeof confidentialityKinds)[number]; reasonZh?: string }) => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const body = marking
        ? {
            marked: true as const,
            kind: v.kind as (typeof confidentialityKinds)[number],
            reasonZh: v.reasonZh ?? '',
          }
        : { marked: false as const, reasonZh: v.reasonZh ?? '' };
      await ok(
        api.PUT('/v1/cases/{id}/files/{fileId}/confidentiality', {
          params: { path: { id: props.caseId, fileId: file.fileId } },
          body,
        }),
      );
      props.onClose(true);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={file !== undefined}
      title={marking ? '标记为不予查阅' : '取消不予查阅标记'}
      onCancel={() => props.onClose(false)}
      footer={null}
      destroyOnHidden
    >
      {file ? (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          name="confidentiality"
          data-testid="confidentiality-form"
        >
          <Typography.Paragraph>
            材料：{file.name}（{file.sideLabelZh}的{file.purposeLabelZh}）
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            {marking
              ? '涉及国家秘密、商业秘密、个人隐私，或者可能危及国家安全、公共安全、社会稳定的材料，不予另一方查阅（《行政复议法》第四十七条）。理由将向不能查阅的一方显示，请勿在理由中写入秘密内容。提交方和工作人员仍可查阅。'
              : '取消后，另一方可以查阅该材料。'}
          </Typography.Paragraph>
          {error ? (
            <Alert type="error" showIcon role="alert" title={error} className="upload-item-error" />
          ) : null}
          {marking ? (
            <Form.Item
              name="kind"
              label="不予查阅的情形"
              rules={[{ required: true, message: '请选择不予查阅的情形' }]}
            >
              <Radio.Group
                options={confidentialityKinds.map((k) => ({ value: k, label: confidentialityLabelsZh[k] }))}
              />
            </Form.Item>
          ) : null}
          <Form.Item name="reasonZh" label={marking ? '理由' : '取消的理由'} rules={[required('理由')]}>
            <Input.TextArea rows={3} maxLength={500} data-testid="confidentiality-reason" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="confidentiality-submit">
              {marking ? '确认标记' : '确认取消标记'}
            </Button>
            <Button onClick={() => props.onClose(false)}>取消</Button>
          </Space>
        </Form>
      ) : null}
    </Modal>
  );
}

/**
 * 材料与阅卷: the case's materials as the API lists them for this person — readable files with a
 * download (every party's reading is recorded on the case), withheld ones with the reason (Art.
 * 47) — then, for those who may, the upload control to submit more, and for the case's staff the
 * confidentiality control.
 */
export function CaseFiles(props: { readonly caseView: CaseView; onChanged(): void }) {
  const { caseView } = props;
  const { api } = usePortal();
  const { profile } = useSession();
  const id = caseView.id;
  const files = useLoad(
    () => ok(api.GET('/v1/cases/{id}/files', { params: { path: { id } } })).then((page) => page.items),
    [api, id, caseView.version],
  );
  const staff =
    (profile.role === 'clerk' || profile.role === 'officeHead') && profile.bodyId === caseView.body.id;
  const purposes: readonly FilePurpose[] =
    caseView.status === 'open'
      ? uploadPurposesOf({ userId: profile.userId, role: profile.role, nameZh: profile.nameZh })
      : [];
  const uploads = useUploads(purposes);
  const [behalf, setBehalf] = useState<Behalf>('body');
  const [reading, setReading] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [attaching, setAttaching] = useState(false);
  const [marking, setMarking] = useState<ReadableFile>();

  const read = async (f: ReadableFile) => {
    setReading(f.fileId);
    setProblem(undefined);
    try {
      const link = await ok(
        api.GET('/v1/cases/{id}/files/{fileId}', { params: { path: { id, fileId: f.fileId } } }),
      );
      window.location.assign(link.url);
      if (link.readingLogged) props.onChanged();
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    } finally {
      setReading(undefined);
    }
  };

  const attach = async () => {
    setAttaching(true);
    setProblem(undefined);
    try {
      for (const item of uploads.items.filter((i) => i.status === 'done' && i.uploadId)) {
        await ok(
          api.POST('/v1/cases/{id}/files', {
            params: { path: { id } },
            body: {
              uploadId: item.uploadId as string,
              purpose: item.purpose,
              ...(staff && behalf !== 'body' ? { onBehalfOf: behalf } : {}),
            },
          }),
        );
        uploads.remove(item.key);
      }
      props.onChanged();
    } catch (err) {
      setProblem(err instanceof ApiProblem ? err.message : String(err));
    } finally {
      setAttaching(false);
    }
  };

  const fields: ListField<FileEntry>[] = [
    {
      key: 'name',
      labelZh: '材料',
      render: (f) =>
        f.withheld ? (
          <span className="file-withheld" data-testid="file-withheld">
            <LockOutlined aria-hidden="true" /> 不予查阅的{f.purposeLabelZh}
            <br />
            <Typography.Text type="secondary">{f.withheldZh}</Typography.Text>
          </span>
        ) : (
          <span className="file-name">
            {f.name}
            {f.confidentiality ? (
              <>
                {' '}
                <StatusTag tone="warning" icon={<LockOutlined aria-hidden="true" />}>
                  对另一方不予查阅：{f.confidentiality.kindLabelZh}
                </StatusTag>
              </>
            ) : null}
          </span>
        ),
    },
    { key: 'purpose', labelZh: '用途', render: (f) => f.purposeLabelZh, width: 110 },
    { key: 'side', labelZh: '提交方', render: (f) => f.sideLabelZh, width: 110 },
    { key: 'size', labelZh: '大小', render: (f) => (f.withheld ? '—' : formatBytesZh(f.size)), width: 90 },
    { key: 'at', labelZh: '提交时间', render: (f) => formatDateTime(f.attachedAt), width: 170 },
    {
      key: 'actions',
      labelZh: '操作',
      render: (f) =>
        f.withheld ? (
          '—'
        ) : (
          <Space wrap size="small">
            <Button
              size="small"
              icon={<DownloadOutlined aria-hidden="true" />}
              loading={reading === f.fileId}
              onClick={() => read(f)}
              aria-label={`阅览（下载）“${f.name}”`}
              data-testid="file-read"
            >
              阅览
            </Button>
            {staff ? (
              <Button
                size="small"
                icon={
                  f.confidentiality ? (
                    <UnlockOutlined aria-hidden="true" />
                  ) : (
                    <LockOutlined aria-hidden="true" />
                  )
                }
                onClick={() => setMarking(f)}
                data-testid="file-confidentiality"
              >
                {f.confidentiality ? '取消不予查阅' : '标记不予查阅'}
              </Button>
            ) : null}
          </Space>
        ),
      width: 220,
    },
  ];

  const logged = files.data?.some((f) => !f.withheld && f.readingLogged);
  return (
    <Section id="files" titleZh="材料与阅卷" testId="case-files">
      {problem ? (
        <Alert type="error" showIcon role="alert" title={problem} className="upload-item-error" />
      ) : null}
      {files.error ? (
        <Alert type="error" showIcon title={`材料暂时无法读取：${files.error.message}`} />
      ) : !files.data ? (
        <div role="status">
          <Spin /> <span>正在读取材料……</span>
        </div>
      ) : files.data.length ? (
        <>
          {logged ? (
            <Typography.Paragraph type="secondary">
              您的每次阅览（下载）都记入案件的办理过程（《行政复议法》第四十七条 查阅、复制材料）。
            </Typography.Paragraph>
          ) : null}
          <ResponsiveList
            rows={files.data}
            rowKey={(f) => f.fileId}
            fields={fields}
            titleField="name"
            captionZh="本案材料"
            rowTestId="file-row"
            listTestId="file-list"
          />
        </>
      ) : (
        <Empty description="暂无材料" />
      )}
      {purposes.length ? (
        <div className="files-attach no-print" data-testid="files-attach">
          <UploadList uploads={uploads} labelZh="提交材料" hintZh="选择文件后逐份上传，再提交到本案。" />
          {staff ? (
            <Space className="upload-list">
              <label htmlFor="files-behalf">提交方式</label>
              <Select
                id="files-behalf"
                value={behalf}
                onChange={setBehalf}
                options={(Object.keys(behalfLabelsZh) as Behalf[]).map((b) => ({
                  value: b,
                  label: behalfLabelsZh[b],
                }))}
                popupMatchSelectWidth={false}
              />
            </Space>
          ) : null}
          {uploads.attachments.length ? (
            <Button
              type="primary"
              onClick={attach}
              loading={attaching}
              disabled={uploads.pending}
              data-testid="files-submit"
            >
              提交到本案（{uploads.attachments.length}份）
            </Button>
          ) : null}
        </div>
      ) : null}
      <ConfidentialityDialog
        caseId={id}
        file={marking}
        onClose={(changed) => {
          setMarking(undefined);
          if (changed) props.onChanged();
        }}
      />
    </Section>
  );
}
