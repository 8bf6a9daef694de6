import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { ok } from '../../api/client';
import type { CaseView, DocumentEntry, DocumentFormat } from '../../api/types';
import { usePortal, useSession } from '../../app/portal';
import { formatDate } from '../../format';
import type { Loaded } from '../../hooks/useLoad';
import { type ListField, ResponsiveList } from '../cases/ResponsiveList';
import { Section } from './Section';

const formatLabelZh: Record<DocumentFormat, string> = { pdf: 'PDF', docx: 'DOCX' };

/** A document as a person names it: its title and, for one party's copy, whose copy it is. */
const documentNameZh = (d: DocumentEntry) =>
  `《${d.titleZh}》${d.recipientNameZh ? `（送达${d.recipientNameZh}）` : ''}`;

/**
 * Downloads a document or the draft decision: asks the API for a short-lived link, then follows
 * it (the file store answers with the file as an attachment, so the page stays). A party's
 * reading is recorded on the case: `onLogged` lets the page show it in the timeline.
 */
export function useDocumentDownload(caseId: string, onLogged: () => void) {
  const { api } = usePortal();
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const run = async (key: string, link: () => Promise<{ url: string; readingLogged?: boolean }>) => {
    setBusy(key);
    setProblem(undefined);
    try {
      const got = await link();
      window.location.assign(got.url);
      if (got.readingLogged) onLogged();
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(undefined);
    }
  };
  return {
    busy,
    problem,
    document: (d: DocumentEntry, format: DocumentFormat) =>
      run(`${d.id}.${format}`, () =>
        ok(
          api.GET('/v1/cases/{id}/documents/{documentId}', {
            params: { path: { id: caseId, documentId: d.id }, query: { format } },
          }),
        ),
      ),
    draft: (format: DocumentFormat) =>
      run(`draft.${format}`, () =>
        ok(
          api.GET('/v1/cases/{id}/drafts/{kind}', {
            params: { path: { id: caseId, kind: 'decision' }, query: { format } },
          }),
        ),
      ),
  };
}

type Downloads = ReturnType<typeof useDocumentDownload>;

/** One button per format the person may download (staff: PDF and DOCX; everyone else: PDF). */
function DocumentButtons(props: { readonly document: DocumentEntry; readonly downloads: Downloads }) {
  const { document: d, downloads } = props;
  return (
    <Space wrap size="small">
      {d.formats.map((format) => (
        <Button
          key={format}
          size="small"
          icon={<DownloadOutlined aria-hidden="true" />}
          loading={downloads.busy === `${d.id}.${format}`}
          onClick={() => downloads.document(d, format)}
          aria-label={`下载${documentNameZh(d)}${formatLabelZh[format]}`}
          data-testid={`document-${format}`}
        >
          {formatLabelZh[format]}
        </Button>
      ))}
    </Space>
  );
}

const problemAlert = (problem: string | undefined) =>
  problem ? <Alert type="error" showIcon role="alert" title={`文书暂时无法下载：${problem}`} /> : null;

/** The documents an event of the timeline issued, to download from the entry itself. */
export function TimelineDocuments(props: {
  readonly caseId: string;
  readonly documents: readonly DocumentEntry[];
  onLogged(): void;
}) {
  const downloads = useDocumentDownload(props.caseId, props.onLogged);
  if (!props.documents.length) return null;
  return (
    <div className="timeline-documents" data-testid="timeline-documents">
      <ul className="event-list">
        {props.documents.map((d) => (
          <li key={d.id}>
            <span>
              {documentNameZh(d)} {d.number}
            </span>{' '}
            <DocumentButtons document={d} downloads={downloads} />
          </li>
        ))}
      </ul>
      {problemAlert(downloads.problem)}
    </div>
  );
}

/**
 * 文书: the notices and decisions the case has issued, as the API lists them for this person —
 * title, number and date, PDF (and DOCX for the case's staff) to download; a party's every reading
 * is recorded on the case. In 决定审批 the clerk and the office head preview the draft decision.
 */
export function CaseDocuments(props: {
  readonly caseView: CaseView;
  readonly documents: Loaded<readonly DocumentEntry[]>;
  onLogged(): void;
}) {
  const { caseView: c, documents } = props;
  const { profile } = useSession();
  const downloads = useDocumentDownload(c.id, props.onLogged);
  const staff = (profile.role === 'clerk' || profile.role === 'officeHead') && profile.bodyId === c.body.id;
  const draftable = staff && c.stage === 'decisionReview';
  const party = profile.role === 'applicant' || profile.role === 'respondent';

  const fields: ListField<DocumentEntry>[] = [
    {
      key: 'title',
      labelZh: '文书',
      render: (d) => (
        <span className="document-title">
          《{d.titleZh}》
          {d.recipientNameZh ? (
            <>
              <br />
              <Typography.Text type="secondary">送达：{d.recipientNameZh}</Typography.Text>
            </>
          ) : null}
        </span>
      ),
    },
    { key: 'number', labelZh: '文号', render: (d) => d.number, width: 200 },
    { key: 'issuedOn', labelZh: '日期', render: (d) => formatDate(d.issuedOn), width: 130 },
    {
      key: 'download',
      labelZh: '下载',
      render: (d) => <DocumentButtons document={d} downloads={downloads} />,
      width: 160,
    },
  ];

  return (
    <Section
      id="documents"
      titleZh="文书"
      testId="case-documents"
      extra={
        draftable ? (
          <Space wrap size="small" className="no-print">
            <Button
              icon={<EyeOutlined aria-hidden="true" />}
              loading={downloads.busy === 'draft.pdf'}
              onClick={() => downloads.draft('pdf')}
              data-testid="draft-preview"
            >
              预览决定稿
            </Button>
            <Button
              size="small"
              type="link"
              loading={downloads.busy === 'draft.docx'}
              onClick={() => downloads.draft('docx')}
              aria-label="下载决定稿（DOCX）"
              data-testid="draft-preview-docx"
            >
              DOCX
            </Button>
          </Space>
        ) : null
      }
    >
      {problemAlert(downloads.problem)}
      {documents.error ? (
        <Alert type="error" showIcon title={`文书暂时无法读取：${documents.error.message}`} />
      ) : !documents.data ? (
        <div role="status">
          <Spin /> <span>正在读取文书……</span>
        </div>
      ) : documents.data.length ? (
        <>
          {party ? (
            <Typography.Paragraph type="secondary">
              送达您的文书可下载PDF文件；您的每次查阅都记入案件的办理过程。
            </Typography.Paragraph>
          ) : null}
          <ResponsiveList
            rows={documents.data}
            rowKey={(d) => d.id}
            fields={fields}
            titleField="title"
            captionZh="本案文书"
            rowTestId="document-row"
            listTestId="document-list"
          />
        </>
      ) : (
        <Empty description="暂无文书" />
      )}
    </Section>
  );
}
