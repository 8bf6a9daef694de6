import { Space } from 'antd';
import { Link } from 'react-router';
import type { CaseSummary } from '../../api/types';
import { formatDate } from '../../format';
import { StatusTag } from '../StatusTag';
import { NextDeadline } from './NextDeadline';
import type { ListField } from './ResponsiveList';

/** The fields a case list can show, each with its label (column header, or card label on a phone). */
export type CaseField =
  | 'caseNumber'
  | 'applicant'
  | 'subject'
  | 'body'
  | 'stage'
  | 'nextDeadline'
  | 'filedAt'
  | 'flags';

export const CaseLink = ({ row }: { readonly row: CaseSummary }) => (
  <Link to={`/cases/${row.id}`} data-testid="case-link">
    {row.caseNumber}
  </Link>
);

export const caseFields: Readonly<Record<CaseField, ListField<CaseSummary>>> = {
  caseNumber: { key: 'caseNumber', labelZh: '案件编号', render: (row) => <CaseLink row={row} /> },
  applicant: { key: 'applicant', labelZh: '申请人', render: (row) => row.applicantNameZh },
  subject: { key: 'subject', labelZh: '被申请的行政行为', render: (row) => row.subjectZh },
  body: { key: 'body', labelZh: '复议机关', render: (row) => row.bodyNameZh },
  stage: {
    key: 'stage',
    labelZh: '办理阶段',
    render: (row) => (
      <span data-testid="case-row-stage">
        <StatusTag tone={row.status === 'open' ? 'info' : 'neutral'}>{row.stageLabelZh}</StatusTag>
      </span>
    ),
  },
  nextDeadline: {
    key: 'nextDeadline',
    labelZh: '最近届满的期限',
    render: (row) => <NextDeadline deadline={row.nextDeadline} />,
  },
  filedAt: { key: 'filedAt', labelZh: '提交日期', render: (row) => formatDate(row.filedAt) },
  flags: {
    key: 'flags',
    labelZh: '提示',
    render: (row) =>
      row.late ? (
        <Space size={4}>
          <StatusTag tone="danger" data-testid="late-badge">
            逾期申请
          </StatusTag>
        </Space>
      ) : (
        '无'
      ),
  },
};

/** What a staff list shows by default. */
export const defaultCaseFields: readonly CaseField[] = [
  'caseNumber',
  'applicant',
  'subject',
  'stage',
  'nextDeadline',
  'flags',
];
