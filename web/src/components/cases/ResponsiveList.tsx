import { Card, Descriptions, Table } from 'antd';
import type { ReactNode } from 'react';
import { useNarrow } from '../../hooks/useNarrow';

/** One labelled field of a row: a table column on a wide screen, a labelled line on a card. */
export interface ListField<R> {
  readonly key: string;
  readonly labelZh: string;
  render(row: R): ReactNode;
  /** Table column width (desktop). */
  readonly width?: number | string;
}

export interface ResponsiveListProps<R> {
  readonly rows: readonly R[];
  readonly rowKey: (row: R) => string;
  readonly fields: readonly ListField<R>[];
  /** The card's title on a phone (e.g. the case number as a link); its field is then not repeated. */
  readonly cardTitle: (row: R) => ReactNode;
  readonly titleField: string;
  /** What the list is, for screen readers (the table's caption). */
  readonly captionZh: string;
  readonly rowTestId: string;
  readonly listTestId: string;
}

/**
 * Rows as an antd Table on a wide screen and, at 600 px and below, as cards whose every value
 * keeps its label (a table squeezed onto a phone loses its column headers).
 */
export function ResponsiveList<R>(props: ResponsiveListProps<R>) {
  const narrow = useNarrow();
  if (narrow)
    return (
      <ul className="card-list" data-testid={props.listTestId} aria-label={props.captionZh}>
        {props.rows.map((row) => (
          <li key={props.rowKey(row)} data-testid={props.rowTestId}>
            <Card size="small" title={props.cardTitle(row)}>
              <Descriptions
                size="small"
                column={1}
                items={props.fields
                  .filter((f) => f.key !== props.titleField)
                  .map((f) => ({ key: f.key, label: f.labelZh, children: f.render(row) }))}
              />
            </Card>
          </li>
        ))}
      </ul>
    );
  return (
    <Table<R>
      data-testid={props.listTestId}
      dataSource={props.rows as R[]}
      rowKey={props.rowKey}
      pagination={false}
      size="middle"
      components={{
        table: (p: React.TableHTMLAttributes<HTMLTableElement>) => (
          <table {...p}>
            <caption className="visually-hidden">{props.captionZh}</caption>
            {p.children}
          </table>
        ),
      }}
      onRow={() => ({ 'data-testid': props.rowTestId }) as React.HTMLAttributes<HTMLElement>}
      columns={props.fields.map((f) => ({
        key: f.key,
        title: f.labelZh,
        width: f.width,
        render: (_: unknown, row: R) => f.render(row),
      }))}
    />
  );
}
