import { Alert, Button, Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import type { CaseSummary } from '../../api/types';
import { type CaseField, caseFields, defaultCaseFields } from './caseFields';
import { ResponsiveList } from './ResponsiveList';
import { type CaseListQuery, useCaseList } from './useCaseList';

export interface CaseListProps {
  readonly query: CaseListQuery;
  /** What the list is, for screen readers (e.g. 待办案件列表). */
  readonly captionZh: string;
  /** What an empty list says. */
  readonly emptyZh: string;
  /** What an empty list offers to do (e.g. a link to apply). */
  readonly emptyAction?: ReactNode;
  readonly fields?: readonly CaseField[];
}

/** The rows of a case list: a table on a wide screen, labelled cards on a phone, each linking to its case. */
export function CaseRows(props: {
  readonly rows: readonly CaseSummary[];
  readonly captionZh: string;
  readonly fields?: readonly CaseField[];
}) {
  return (
    <ResponsiveList<CaseSummary>
      rows={props.rows}
      rowKey={(row) => row.id}
      fields={(props.fields ?? defaultCaseFields).map((f) => caseFields[f])}
      titleField="caseNumber"
      captionZh={props.captionZh}
      rowTestId="case-row"
      listTestId="case-list"
    />
  );
}

/** A case list of the API (GET /v1/cases) with its pages: the rows, then "load more" while there are more. */
export function CaseList(props: CaseListProps) {
  const list = useCaseList(props.query);
  const first = list.loading && list.items.length === 0;
  return (
    <div className="case-list" aria-busy={list.loading}>
      {list.error ? (
        <Alert
          type="error"
          showIcon
          data-testid="list-error"
          title={`案件列表暂时无法读取：${list.error.message}`}
          action={<Button onClick={list.reload}>重试</Button>}
        />
      ) : null}
      {first ? (
        <div className="page-loading" role="status">
          <Spin /> <span>正在读取案件……</span>
        </div>
      ) : list.items.length === 0 && !list.error ? (
        <Empty description={props.emptyZh} data-testid="case-list-empty">
          {props.emptyAction}
        </Empty>
      ) : (
        <CaseRows rows={list.items} captionZh={props.captionZh} fields={props.fields} />
      )}
      <div className="list-footer">
        <span role="status" data-testid="case-count">
          {list.items.length > 0 ? `已显示${list.items.length}件${list.hasMore ? '' : '，已全部显示'}` : ''}
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
