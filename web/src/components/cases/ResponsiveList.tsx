import type { ReactNode } from 'react';

/** One labelled field of a row: a table column on a wide screen, a labelled line on a card. */
export interface ListField<R> {
  readonly key: string;
  readonly labelZh: string;
  render(row: R): ReactNode;
  /** Column width on a wide screen. */
  readonly width?: number | string;
}

export interface ResponsiveListProps<R> {
  readonly rows: readonly R[];
  readonly rowKey: (row: R) => string;
  readonly fields: readonly ListField<R>[];
  /** The field that heads each card on a phone (e.g. the case number as a link), shown without its label. */
  readonly titleField: string;
  /** What the list is, for screen readers (the table's caption). */
  readonly captionZh: string;
  readonly rowTestId: string;
  readonly listTestId: string;
}

/**
 * Rows as a plain table; at 600 px and below (CSS, styles/cases.css) each row becomes a card
 * whose every value keeps its label, since a table squeezed onto a phone loses its column
 * headers. Not the kit's Table: it would add about 85 KB (gzip) to every page with a list, the
 * applicant's first page among them, for sorting and paging these lists do not use.
 */
export function ResponsiveList<R>(props: ResponsiveListProps<R>) {
  return (
    <table className="responsive-list" data-testid={props.listTestId}>
      <caption className="visually-hidden">{props.captionZh}</caption>
      <thead>
        <tr>
          {props.fields.map((f) => (
            <th key={f.key} scope="col" style={f.width === undefined ? undefined : { width: f.width }}>
              {f.labelZh}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={props.rowKey(row)} data-testid={props.rowTestId}>
            {props.fields.map((f) => (
              <td key={f.key} className={f.key === props.titleField ? 'responsive-list-title' : undefined}>
                <span className="cell-label">{f.labelZh}</span>
                <div className="cell-value">{f.render(row)}</div>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
