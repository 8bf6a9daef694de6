import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { type components, ok } from '../../api/client';
import { usePortal } from '../../app/portal';
import { StatusTag } from '../../components/StatusTag';
import { formatDate } from '../../format';
import '../../styles/my-cases.css';

type CaseSummary = components['schemas']['CaseSummary'];
type NextDeadline = NonNullable<CaseSummary['nextDeadline']>;

/** Cases per page; "加载更多" asks for the next page with the cursor of the last. */
const pageSize = 10;

function CaseLink(props: { readonly c: CaseSummary }) {
  return (
    <Link to={`/cases/${props.c.id}`} data-testid="case-link">
      {props.c.caseNumber}
    </Link>
  );
}

function Stage(props: { readonly c: CaseSummary }) {
  const { c } = props;
  return (
    <span data-testid="case-row-stage">
      {c.stageLabelZh}
      {c.status === 'closed' && c.stage !== 'closed' ? (
        <>
          {' '}
          <StatusTag tone="neutral">已结案</StatusTag>
        </>
      ) : null}
    </span>
  );
}

/** The next deadline: its day, what it is, and whose duty it is (复议机关 / 申请人 / 被申请人). */
function Deadline(props: { readonly d: NextDeadline | undefined | null }) {
  const { d } = props;
  if (!d) return <span data-testid="case-row-deadline">无进行中的期限</span>;
  return (
    <div data-testid="case-row-deadline" className="case-deadline">
      <div>
        <strong>{formatDate(d.dueDate)}</strong>（当日24时止）
        {d.overdue ? <StatusTag tone="danger">{d.statusZh}</StatusTag> : null}
        {d.provisional ? (
          <StatusTag tone="warning" title="该年度官方节假日安排尚未公布，载入后将重新计算">
            暂定
          </StatusTag>
        ) : null}
      </div>
      <div>{d.labelZh}</div>
      <div data-testid="case-row-responsible">
        <span className="case-deadline-duty">办理方：</span>
        {d.responsibleZh}
      </div>
    </div>
  );
}

function Flags(props: { readonly c: CaseSummary }) {
  return props.c.late ? (
    <StatusTag tone="danger" data-testid="late-badge">
      逾期申请
    </StatusTag>
  ) : null;
}

/** A cell with its label: the column header on a wide screen, its own line on a phone. */
function Cell(props: { readonly label: string; readonly children: ReactNode; readonly className?: string }) {
  return (
    <td className={props.className}>
      <span className="cell-label">{props.label}</span>
      <div className="cell-value">{props.children}</div>
    </td>
  );
}

const columns = ['案件编号', '被申请复议的行政行为', '复议机关', '办理阶段', '下一期限', '标记'] as const;

/**
 * The cases as a table; on a phone (CSS, ≤ 600 px) each row becomes a card whose every value
 * keeps its label. A plain table rather than the kit's: the applicant's first page stays small.
 */
function CaseTable(props: { readonly items: readonly CaseSummary[] }) {
  return (
    <table className="case-table" data-testid="case-list-mine">
      <caption className="visually-hidden">我的案件列表</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.items.map((c) => (
          <tr key={c.id} data-testid="case-row" data-case-id={c.id}>
            <Cell label="案件编号" className="case-table-title">
              <CaseLink c={c} />
            </Cell>
            <Cell label="被申请复议的行政行为">{c.subjectZh}</Cell>
            <Cell label="复议机关">{c.bodyNameZh}</Cell>
            <Cell label="办理阶段">
              <Stage c={c} />
            </Cell>
            <Cell label="下一期限">
              <Deadline d={c.nextDeadline} />
            </Cell>
            <Cell label="标记" className={c.late ? undefined : 'case-table-empty'}>
              {c.late ? <Flags c={c} /> : '无'}
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 我的案件: the applicant's cases, newest first, a page at a time. */
export default function MyCases() {
  const { api } = usePortal();
  const [items, setItems] = useState<readonly CaseSummary[]>();
  const [cursor, setCursor] = useState<string>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();

  const loadPage = useCallback(
    async (after: string | undefined) => {
      setLoading(true);
      setError(undefined);
      try {
        const page = await ok(
          api.GET('/v1/cases', {
            params: { query: { view: 'mine', limit: pageSize, ...(after ? { cursor: after } : {}) } },
          }),
        );
        setItems((before) => (after && before ? [...before, ...page.items] : page.items));
        setCursor(page.cursor ?? undefined);
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
      } finally {
        setLoading(false);
      }
    },
    [api],
  );

  // Opened again from the navigation (a new location, even on the same path): read it afresh.
  const { key } = useLocation();
  useEffect(() => {
    if (key) void loadPage(undefined);
  }, [loadPage, key]);

  return (
    <section>
      <div className="page-head">
        <Typography.Title level={1}>我的案件</Typography.Title>
        <Link to="/my/file" className="link-button" data-testid="new-application">
          申请行政复议
        </Link>
      </div>
      <Typography.Paragraph>
        您提交的行政复议申请及其办理进度。点击案件编号查看法定期限、办理记录，补正材料或撤回申请。
      </Typography.Paragraph>
      {error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="list-error"
          title="无法读取案件列表"
          description={
            <Space wrap>
              <span>{error}</span>
              <Button onClick={() => void loadPage(items ? cursor : undefined)}>重试</Button>
            </Space>
          }
        />
      ) : null}
      {!items ? (
        loading ? (
          <div className="page-loading" role="status">
            <Spin /> <span>正在读取案件……</span>
          </div>
        ) : null
      ) : items.length === 0 ? (
        <Card data-testid="case-list-empty">
          <Typography.Paragraph>您还没有提交过行政复议申请。</Typography.Paragraph>
          <Link to="/my/file">申请行政复议</Link>
        </Card>
      ) : (
        <>
          <CaseTable items={items} />
          <div className="list-more" aria-live="polite">
            <span data-testid="case-count">已显示 {items.length} 件</span>
            {cursor ? (
              <Button onClick={() => void loadPage(cursor)} loading={loading} data-testid="load-more">
                加载更多
              </Button>
            ) : (
              <span>已全部显示</span>
            )}
          </div>
        </>
      )}
    </section>
  );
}
