import type { EChartsCoreOption } from "echarts/core";
import { lazy, type ReactNode, Suspense } from "react";

// Started when a page that draws charts loads rather than when its first chart mounts after the data arrived:
// the chart library then downloads while the page's data does.
const loadingEChart = import("./EChart.js");
const EChart = lazy(() => loadingEChart);

export type ChartItem = { seriesIndex: number; dataIndex: number; name: string };
export type ChartTable = { columns: readonly string[]; rows: ReadonlyArray<ReadonlyArray<ReactNode>> };

type Props = {
  /** The accessible name of the picture: what it shows, in one sentence. */
  label: string;
  option: EChartsCoreOption;
  /** The same data as a table, for screen readers, keyboards and copying. */
  table: ChartTable;
  height?: number;
  onItemClick?: (item: ChartItem) => void;
};

/** A chart (ECharts, loaded on demand) with an accessible name and its data as a table fallback. */
export function Chart({ label, option, table, height = 260, onItemClick }: Props) {
  return (
    <figure className="chart">
      <Suspense fallback={<div className="chart-canvas chart-loading" style={{ height }} aria-hidden="true" />}>
        <EChart label={label} option={option} height={height} {...(onItemClick ? { onItemClick } : {})} />
      </Suspense>
      <details className="chart-table">
        <summary>Show as table</summary>
        <DataGrid caption={label} table={table} />
      </details>
    </figure>
  );
}

export function DataGrid({ caption, table }: { caption: string; table: ChartTable }) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of a static table have no identity beyond their position
            <tr key={i}>
              {row.map((cell, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
