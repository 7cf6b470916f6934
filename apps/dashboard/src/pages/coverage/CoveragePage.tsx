import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import type { InferResponseType } from "hono/client";
import { type FormEvent, useMemo } from "react";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import { Chart } from "../../components/Chart.js";
import { DateRangeFields } from "../../components/DateRangeFields.js";
import { KpiCard } from "../../components/KpiCard.js";
import { QueryState } from "../../components/QueryState.js";
import { type Column, SortableTable } from "../../components/SortableTable.js";
import { formValues } from "../../form-values.js";
import { compact } from "../../search-params.js";
import { periodLabel } from "../../text/periods.js";
import { rollUpDays } from "./coverage-periods.js";

const periodTitle = { day: "Day", month: "Month", year: "Year" } as const;

type Coverage = InferResponseType<typeof api.api.coverage.$get, 200>;
type OutletRow = Coverage["outlets"][number];
type Counts = Coverage["totals"];

const route = getRouteApi("/coverage");

/** Failure classes in words an analyst reads at a glance. */
const reasonLabels: Record<string, string> = {
  http: "error status",
  timeout: "timed out",
  tooLarge: "too large",
  notHtml: "not a page",
  redirectLoop: "redirect loop",
  tooManyRedirects: "too many redirects",
  badUrl: "bad URL",
  network: "unreachable",
  notAFeed: "not a feed",
  unreadable: "unreadable",
  empty: "no article text",
  store: "not stored",
};

function failureText(failures: Counts["failures"]): string {
  const entries = Object.entries(failures).filter(([, n]) => (n ?? 0) > 0);
  return entries.length === 0
    ? "—"
    : entries
        .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
        .map(([reason, n]) => `${reasonLabels[reason] ?? reason} ${n}`)
        .join(", ");
}

const columns: ReadonlyArray<Column<OutletRow>> = [
  {
    key: "outlet",
    header: "Outlet",
    sortValue: (o) => o.outlet,
    render: (o) =>
      o.outlet ? (
        <Link to="/coverage" search={(s) => ({ ...s, outlet: o.outlet ?? undefined })}>
          {o.outlet}
        </Link>
      ) : (
        <span className="meta">not known</span>
      ),
  },
  { key: "read", header: "Read", numeric: true, sortValue: (o) => o.read, render: (o) => o.read },
  { key: "stored", header: "Stored", numeric: true, sortValue: (o) => o.stored, render: (o) => o.stored },
  {
    key: "duplicates",
    header: "Duplicates",
    numeric: true,
    sortValue: (o) => o.duplicates,
    render: (o) => o.duplicates,
  },
  { key: "failed", header: "Failed", numeric: true, sortValue: (o) => o.failed, render: (o) => o.failed },
  { key: "reasons", header: "Failures by reason", render: (o) => failureText(o.failures) },
  {
    key: "withoutDate",
    header: "Without a date",
    numeric: true,
    sortValue: (o) => o.withoutDate,
    render: (o) => o.withoutDate,
  },
  {
    key: "findings",
    header: "Findings per article",
    numeric: true,
    sortValue: (o) => o.findingsPerArticle,
    render: (o) => (o.findingsPerArticle === null ? "—" : o.findingsPerArticle.toFixed(1)),
  },
  {
    key: "feedErrors",
    header: "Feed errors",
    numeric: true,
    sortValue: (o) => o.feedErrors,
    render: (o) => o.feedErrors,
  },
];

export function CoveragePage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/coverage" });
  const coverage = useQuery({
    queryKey: ["coverage", search],
    queryFn: () => unwrap(api.api.coverage.$get({ query: search })),
  });
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = formValues(new FormData(event.currentTarget));
    void navigate({ search: compact({ outlet: form.text("outlet"), from: form.text("from"), to: form.text("to") }) });
  };

  return (
    <section className="page">
      <h1>Coverage</h1>
      <p className="lede">
        What Chancery read, per outlet and publication day: articles stored, duplicates recognised, pages it could not
        fetch or read (and why), articles without a date and feed errors. A gap here is a gap in every trend built on
        these articles.
      </p>
      <form className="filters" onSubmit={apply} aria-label="Filter coverage" key={JSON.stringify(search)}>
        <label>
          Outlet <input name="outlet" defaultValue={search.outlet ?? ""} />
        </label>
        <DateRangeFields from={search.from} to={search.to} />
        <button type="submit">Apply</button>
        {Object.keys(search).length > 0 && (
          <Link to="/coverage" search={{}}>
            Clear
          </Link>
        )}
      </form>
      <QueryState
        query={coverage}
        what="coverage"
        isEmpty={(c) => c.totals.read + c.totals.feedErrors === 0}
        empty={
          <p className="empty">
            Nothing read yet{Object.keys(search).length > 0 ? " under these filters" : ""}: ingest files, upload pages
            or follow <Link to="/feeds">feeds</Link>.
          </p>
        }
      >
        {(c) => <CoverageView coverage={c} />}
      </QueryState>
    </section>
  );
}

function CoverageView({ coverage }: { coverage: Coverage }) {
  const { totals, days, undated } = coverage;
  // Days over years are rolled up to months or years on a consecutive axis (coverage-periods.ts); the failures by
  // reason stay in the totals, per outlet and in the rows below.
  const rolled = useMemo(() => rollUpDays(days), [days]);
  return (
    <>
      <dl className="kpis" data-testid="coverage-totals">
        <KpiCard label="Read" value={totals.read} />
        <KpiCard label="Stored" value={totals.stored} />
        <KpiCard label="Duplicates" value={totals.duplicates} />
        <KpiCard label="Failed" value={totals.failed} hint={failureText(totals.failures)} />
        <KpiCard label="Without a date" value={totals.withoutDate} />
        <KpiCard
          label="Findings per article"
          value={totals.findingsPerArticle === null ? null : Math.round(totals.findingsPerArticle * 10) / 10}
        />
        <KpiCard label="Feed errors" value={totals.feedErrors} />
      </dl>
      <section
        className="panel"
        aria-labelledby="per-day"
        data-time-axis={rolled.granularity === "day" ? undefined : rolled.granularity}
        data-periods={rolled.periods.map((p) => p.period).join(",")}
      >
        <h2 id="per-day">Per publication {rolled.granularity}</h2>
        {rolled.periods.length === 0 ? (
          <p className="empty">No outcome has a known publication day yet.</p>
        ) : (
          <Chart
            label={`Articles stored, duplicates and failures per publication ${rolled.granularity}`}
            option={{
              tooltip: { trigger: "axis" },
              legend: { top: 0 },
              grid: { left: 48, right: 16, top: 32, bottom: 48 },
              xAxis: { type: "category", data: rolled.periods.map((p) => periodLabel(p.period)) },
              yAxis: { type: "value", minInterval: 1 },
              series: [
                { name: "Stored", type: "bar", stack: "read", data: rolled.periods.map((p) => p.stored) },
                { name: "Duplicates", type: "bar", stack: "read", data: rolled.periods.map((p) => p.duplicates) },
                { name: "Failed", type: "bar", stack: "read", data: rolled.periods.map((p) => p.failed) },
              ],
            }}
            table={{
              columns: [periodTitle[rolled.granularity], "Read", "Stored", "Duplicates", "Failed"],
              rows: rolled.periods.map((p) => [periodLabel(p.period), p.read, p.stored, p.duplicates, p.failed]),
            }}
          />
        )}
        <p className="meta" data-testid="coverage-undated">
          Undated, counted apart: {undated.read} read ({undated.stored} stored, {undated.duplicates} duplicates,{" "}
          {undated.failed} failed{undated.failed > 0 ? `: ${failureText(undated.failures)}` : ""})
          {undated.feedErrors > 0 ? `, ${undated.feedErrors} feed errors` : ""}.
        </p>
      </section>
      <section className="panel" aria-labelledby="per-outlet">
        <h2 id="per-outlet">Per outlet</h2>
        <SortableTable
          caption="What was read per outlet"
          rows={coverage.outlets}
          columns={columns}
          rowKey={(o) => o.outlet ?? "(not known)"}
          defaultSort={{ key: "read", dir: "desc" }}
        />
      </section>
    </>
  );
}
