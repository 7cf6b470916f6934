import type { EChartsCoreOption } from "echarts/core";
import type { ReactNode } from "react";
import { lazyModule, useLazyModule } from "./lazy-module.js";

// index.html preloads the chart library on the pages that draw charts (src/first-requests/data/routes.json), so it
// downloads beside the page's data and is ready when the first chart mounts.
const echartModule = lazyModule(() => import("./EChart.js"));

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
  const { module: echart, failed } = useLazyModule(echartModule);
  return (
    <figure className="chart">
      {echart ? (
        <echart.default label={label} option={option} height={height} {...(onItemClick ? { onItemClick } : {})} />
      ) : failed ? (
        <p className="error-box" role="alert">
          The chart could not be loaded; its data is in the table below.
        </p>
      ) : (
        <div className="chart-canvas chart-loading" style={{ height }} aria-hidden="true" />
      )}
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
