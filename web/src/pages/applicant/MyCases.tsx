import { Alert, Button, Card, Spin, Typography } from 'antd';
import { Link, useLocation } from 'react-router';
import type { CaseSummary } from '../../api/types';
import { type CaseField, caseFields } from '../../components/cases/caseFields';
import { useCaseList } from '../../components/cases/useCaseList';
import '../../styles/my-cases.css';

/** Cases per page; "加载更多" asks for the next page with the cursor of the last. */
const pageSize = 10;

/** What the applicant sees of each case, in the words and renderings every case list uses. */
const fields: readonly CaseField[] = ['caseNumber', 'subject', 'body', 'stage', 'nextDeadline', 'flags'];

/**
 * The cases as a plain table; on a phone (CSS, ≤ 600 px) each row becomes a card whose every
 * value keeps its label. Not the kit's Table: this is the applicant's first page, and the kit's
 * table alone would take it past the 300 KB (gzip) it may weigh.
 */
function CaseTable(props: { readonly rows: readonly CaseSummary[] }) {
  return (
    <table className="case-table" data-testid="case-list">
      <caption className="visually-hidden">我的案件列表</caption>
      <thead>
        <tr>
          {fields.map((f) => (
            <th key={f} scope="col">
              {caseFields[f].labelZh}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.id} data-testid="case-row" data-case-id={row.id}>
            {fields.map((f) => (
              <td key={f} className={f === 'caseNumber' ? 'case-table-title' : undefined}>
                <span className="cell-label">{caseFields[f].labelZh}</span>
                <div className="cell-value">{caseFields[f].render(row)}</div>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The list with its pages: the first page, then "加载更多" while the API gives a cursor. */
function MyCaseList() {
  const list = useCaseList({ view: 'mine', limit: pageSize });
  if (list.error && list.items.length === 0)
    return (
      <Alert
        type="error"
        showIcon
        data-testid="list-error"
        title={`案件列表暂时无法读取：${list.error.message}`}
        action={<Button onClick={list.reload}>重试</Button>}
      />
    );
  if (list.loading && list.items.length === 0)
    return (
      <div className="page-loading" role="status">
        <Spin /> <span>正在读取案件……</span>
      </div>
    );
  if (list.items.length === 0)
    return (
      <Card data-testid="case-list-empty">
        <Typography.Paragraph>您还没有提交过行政复议申请。</Typography.Paragraph>
        <Link to="/my/file">申请行政复议</Link>
      </Card>
    );
  return (
    <div aria-busy={list.loading}>
      <CaseTable rows={list.items} />
      {list.error ? (
        <Alert
          type="error"
          showIcon
          data-testid="list-error"
          title={`下一页暂时无法读取：${list.error.message}`}
        />
      ) : null}
      <div className="list-footer">
        <span role="status" data-testid="case-count">
          已显示{list.items.length}件{list.hasMore ? '' : '，已全部显示'}
        </span>
        {list.hasMore ? (
          <Button onClick={list.loadMore} loading={list.loading} data-testid="load-more">
            加载更多
          </Button>
        ) : null}
      </div>
    </div>
  );
}

/** 我的案件: the applicant's cases, newest first, each with its stage and the next deadline and whose duty it is. */
export default function MyCases() {
  // Opened again from the navigation (a new location, even on the same path): the list is read afresh.
  const { key } = useLocation();
  return (
    <section className="list-page">
      <div className="page-head">
        <Typography.Title level={1}>我的案件</Typography.Title>
        <Link to="/my/file" className="link-button" data-testid="new-application">
          申请行政复议
        </Link>
      </div>
      <Typography.Paragraph className="page-intro">
        您提交的行政复议申请及其办理进度。点击案件编号查看法定期限、办理过程，补正材料或撤回申请。
      </Typography.Paragraph>
      <MyCaseList key={key} />
    </section>
  );
}
