import { useId, type ReactNode } from 'react';

/** One column of a list table: its header and how a row fills its cell. */
export interface Column<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The cell that names the row: rendered as `<th scope="row">`. */
  rowHeader?: boolean;
  className?: string;
}

/**
 * The portal's list table: a caption with the total count that also labels a scrollable region,
 * one header row, and an empty state instead of the table when there are no rows. `toolbar`
 * (above) and `footer` (below, e.g. pagination) only show when there are rows to act on.
 */
export function DataTable<T>({
  caption,
  count,
  columns,
  rows,
  rowKey,
  busy,
  className,
  empty,
  toolbar,
  footer,
}: {
  caption: string;
  /** The total, already worded ("12 cohorts"); shown muted after the caption. */
  count: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** A newer page or filter is loading while these rows are still shown. */
  busy?: boolean;
  /** Extra class on the table, next to `table`. */
  className?: string;
  empty: ReactNode;
  toolbar?: ReactNode;
  footer?: ReactNode;
}) {
  const captionId = useId();
  if (rows.length === 0) return <div className="empty-state">{empty}</div>;
  return (
    <>
      {toolbar}
      {/* Focusable so keyboard users can scroll the table sideways on a narrow screen. */}
      <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={className ? `table ${className}` : 'table'} aria-busy={busy}>
          <caption id={captionId}>
            {caption} <span className="muted">({count})</span>
          </caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) =>
                  column.rowHeader ? (
                    <th key={column.key} scope="row" className={column.className}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={column.className}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {footer}
    </>
  );
}
