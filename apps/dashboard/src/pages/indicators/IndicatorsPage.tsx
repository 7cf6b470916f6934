import { getRouteApi, Link } from "@tanstack/react-router";
import { useIndicators } from "../../api/shared-queries.js";
import { EmptyDatabase } from "../../components/EmptyDatabase.js";
import { ExportLinks } from "../../components/ExportLinks.js";
import { QueryState } from "../../components/QueryState.js";
import { keyLabel } from "../../text/labels.js";
import { IndicatorPanel } from "./IndicatorPanel.js";

const route = getRouteApi("/indicators");

export function IndicatorsPage() {
  const { key } = route.useSearch();
  const indicators = useIndicators();
  return (
    <section className="page">
      <h1>Indicators</h1>
      <p className="lede">
        Figures the articles report, one panel per indicator. Every value links to the sentence it comes from; when
        sources disagree they are shown side by side, never averaged.
      </p>
      <QueryState
        query={indicators}
        what="indicators"
        isEmpty={(d) => d.items.length === 0}
        empty={<EmptyDatabase what="indicators" />}
      >
        {(d) => {
          const items = key ? d.items.filter((i) => i.key === key) : d.items;
          return (
            <>
              <nav aria-label="Indicators" className="chips">
                <Link
                  to="/indicators"
                  search={{}}
                  activeOptions={{ includeSearch: true }}
                  activeProps={{ className: "chip active" }}
                  className="chip"
                >
                  All
                </Link>
                {d.items.map((i) => (
                  <Link
                    key={i.key}
                    to="/indicators"
                    search={{ key: i.key }}
                    className="chip"
                    activeOptions={{ includeSearch: true }}
                    activeProps={{ className: "chip active", "aria-current": "true" }}
                  >
                    {keyLabel(i.key)}
                  </Link>
                ))}
              </nav>
              <ExportLinks dataset="indicators" query={key ? { key } : {}} />
              {items.length === 0 && <p className="empty">No indicator with the key “{key}”.</p>}
              <div className="indicator-grid">
                {items.map((series) => (
                  <IndicatorPanel key={series.key} series={series} />
                ))}
              </div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
