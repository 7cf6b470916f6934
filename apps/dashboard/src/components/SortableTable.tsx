import { type ReactNode, useState } from "react";
import { type SortDirection, type SortValue, sortRows } from "./sort-rows.js";

export type Column<Row> = {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** Omit to make the column unsortable. */
  sortValue?: (row: Row) => SortValue;
  numeric?: boolean;
};

export type SortState = { key: string; dir: SortDirection };

type Props<Row> = {
  caption: string;
  rows: readonly Row[];
  columns: ReadonlyArray<Column<Row>>;
  rowKey: (row: Row) => string | number;
  /** Controlled sort (kept in the URL by the page); uncontrolled when absent. */
  sort?: SortState;
  defaultSort?: SortState;
  onSortChange?: (sort: SortState) => void;
};

/** A table whose column headers are buttons that sort it, announcing the order with aria-sort. */
export function SortableTable<Row>({ caption, rows, columns, rowKey, sort, defaultSort, onSortChange }: Props<Row>) {
  const [localSort, setLocalSort] = useState<SortState | undefined>(defaultSort);
  const current = sort ?? localSort;
  const column = columns.find((c) => c.key === current?.key);
  const sorted = column?.sortValue && current ? sortRows(rows, column.sortValue, current.dir) : rows;

  const toggle = (key: string) => {
    const next: SortState = { key, dir: current?.key === key && current.dir === "asc" ? "desc" : "asc" };
    setLocalSort(next);
    onSortChange?.(next);
  };

  return (
    <div className="table-scroll">
      <table className="sortable">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = current?.key === c.key;
              const ariaSort = active ? (current.dir === "asc" ? "ascending" : "descending") : undefined;
              return (
                <th key={c.key} scope="col" aria-sort={ariaSort} className={c.numeric ? "num" : undefined}>
                  {c.sortValue ? (
                    <button type="button" className="sort-button" onClick={() => toggle(c.key)}>
                      {c.header}
                      <span aria-hidden="true" className="sort-mark">
                        {active ? (current.dir === "asc" ? " ▲" : " ▼") : " ↕"}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.key} className={c.numeric ? "num" : undefined}>
                  {c.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
