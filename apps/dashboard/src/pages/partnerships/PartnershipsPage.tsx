import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import type { Partnership } from "../../api/types.js";
import { EmptyDatabase } from "../../components/EmptyDatabase.js";
import { ExportLinks } from "../../components/ExportLinks.js";
import { FollowButton } from "../../components/follow/FollowButton.js";
import { lazyModule, useLazyModule } from "../../components/lazy-module.js";
import { QueryState } from "../../components/QueryState.js";
import { type Column, SortableTable } from "../../components/SortableTable.js";
import { SourceLink } from "../../components/SourceLink.js";
import { levelClass, partnershipLevels } from "./levels.js";
import { upgradeTimeline } from "./upgrade-timeline.js";

// Its code is preloaded by index.html on this page only (src/first-requests/data/routes.json), beside the data.
const worldMapModule = lazyModule(() => import("./WorldMap.js"));
const route = getRouteApi("/partnerships");
// The country whose foreign relations the corpus is about: shown apart on the map, never as its own partner.
const homeCountry = "VN";

const columns: ReadonlyArray<Column<Partnership>> = [
  { key: "country", header: "Country", sortValue: (p) => p.countryName, render: (p) => countryCell(p) },
  {
    key: "level",
    header: "Level",
    sortValue: (p) => p.levelRank,
    render: (p) => (
      <span className="level-tag">
        <span className={`swatch ${levelClass(p.levelRank)}`} aria-hidden="true" />
        {p.level}
        <FollowButton kind="partnership" target={p.countryCode} label={`${p.countryName}'s partnership`} />
      </span>
    ),
  },
  { key: "since", header: "Since", sortValue: (p) => p.since, render: (p) => p.since ?? "—", numeric: true },
  {
    key: "evidence",
    header: "Evidence",
    sortValue: (p) => p.evidenceCount,
    // The API lists a bounded number of sentences; the count says how many support the level in all.
    render: (p) => <EvidenceCell partnership={p} />,
  },
];

/**
 * The strongest sentence first; the rest of the listed ones on demand, so that a table of sixty countries stays a
 * table (at 10,000 articles every row carried three long sentences and the page ran to 37,000 pixels).
 */
function EvidenceCell({ partnership: p }: { partnership: Partnership }) {
  const [open, setOpen] = useState(false);
  const shown = open ? p.evidence : p.evidence.slice(0, 1);
  const hidden = p.evidence.length - shown.length;
  return (
    <>
      <ul className="evidence-list">
        {shown.map((e) => (
          <li key={`${e.articleId}-${e.start}`}>
            <q>{e.sentence}</q> <SourceLink source={e} />
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          Show {hidden} more
        </button>
      )}
      {p.evidenceCount > 1 && (
        <p className="meta" data-testid="evidence-count">
          {shown.length} of {p.evidenceCount.toLocaleString("en")} sentences shown
          {p.countryEntityId != null && (
            <>
              {" · "}
              <Link to="/articles" search={{ entity: p.countryEntityId }}>
                every article naming {p.countryName}
              </Link>
            </>
          )}
        </p>
      )}
    </>
  );
}

function PartnershipMap({ partnerships, label }: { partnerships: Partnership[]; label: string }) {
  const { module: map, failed } = useLazyModule(worldMapModule);
  if (map) return <map.default partnerships={partnerships} homeCode={homeCountry} label={label} />;
  if (failed) {
    return (
      <p className="error-box" role="alert">
        The map could not be loaded; the partnerships are listed below.
      </p>
    );
  }
  return (
    <div className="map-placeholder" role="status">
      Loading map…
    </div>
  );
}

function countryCell(p: Partnership) {
  return p.countryEntityId != null ? (
    <Link to="/entities/$id" params={{ id: String(p.countryEntityId) }}>
      {p.countryName}
    </Link>
  ) : (
    p.countryName
  );
}

const rankOf = (level: string) => partnershipLevels.find((l) => l.level === level)?.rank;

function byYear<T extends { year: number }>(steps: readonly T[]): Array<[number, T[]]> {
  const groups = new Map<number, T[]>();
  for (const step of steps) groups.set(step.year, [...(groups.get(step.year) ?? []), step]);
  return [...groups.entries()];
}

export function PartnershipsPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/partnerships" });
  const partnerships = useQuery({
    queryKey: ["partnerships"],
    queryFn: () => unwrap(api.api.partnerships.$get({ query: {} })),
  });
  return (
    <section className="page">
      <h1>Partnerships</h1>
      <p className="lede">Vietnam's partnership frameworks by country, at the highest level the articles report.</p>
      <QueryState
        query={partnerships}
        what="partnerships"
        isEmpty={(d) => d.items.length === 0}
        empty={<EmptyDatabase what="partnerships" />}
      >
        {(d) => {
          const items = d.items.filter((p) => p.countryCode.toUpperCase() !== homeCountry);
          const counts = partnershipLevels.map((l) => ({
            ...l,
            count: items.filter((p) => p.levelRank === l.rank).length,
          }));
          const timeline = upgradeTimeline(items);
          return (
            <>
              <figure className="panel map-panel">
                <PartnershipMap
                  partnerships={items}
                  label={`World map of Vietnam's partnership frameworks: ${counts.map((c) => `${c.count} ${c.level}`).join(", ")}`}
                />
                <figcaption>
                  <ul className="legend" aria-label="Legend">
                    {counts.map((l) => (
                      <li key={l.rank}>
                        <span className={`swatch ${levelClass(l.rank)}`} data-level={l.level} aria-hidden="true" />
                        {l.level} ({l.count})
                      </li>
                    ))}
                    <li>
                      <span className="swatch level-none" aria-hidden="true" />
                      None found
                    </li>
                    <li>
                      <span className="swatch home" aria-hidden="true" />
                      Vietnam
                    </li>
                  </ul>
                </figcaption>
              </figure>
              <div className="grid wide-narrow">
                <section className="panel" aria-labelledby="partnership-table">
                  <h2 id="partnership-table">By country</h2>
                  <ExportLinks dataset="partnerships" />
                  <SortableTable
                    caption={`${items.length} countries with a partnership framework`}
                    rows={items}
                    columns={columns}
                    rowKey={(p) => p.countryCode}
                    sort={{ key: search.sort ?? "level", dir: search.dir ?? "asc" }}
                    onSortChange={(s) =>
                      void navigate({
                        search: { sort: s.key as NonNullable<typeof search.sort>, dir: s.dir },
                        replace: true,
                      })
                    }
                  />
                </section>
                <section className="panel" aria-labelledby="upgrades">
                  <h2 id="upgrades">Upgrades timeline</h2>
                  {timeline.length === 0 ? (
                    <p className="empty">No article gives the year of a partnership yet.</p>
                  ) : (
                    <ol className="timeline">
                      {byYear(timeline).map(([year, steps]) => (
                        <li key={year}>
                          <span className="timeline-year">{year}</span>
                          <ul className="timeline-steps">
                            {steps.map((u) => (
                              <li key={`${u.countryCode}-${u.level}`} className="timeline-step">
                                <span className={`swatch ${levelClass(rankOf(u.level))}`} aria-hidden="true" />{" "}
                                {u.countryName}: {u.level}{" "}
                                <Link to="/articles/$id" params={{ id: String(u.articleId) }} search={{ at: u.start }}>
                                  source
                                </Link>
                              </li>
                            ))}
                          </ul>
                        </li>
                      ))}
                    </ol>
                  )}
                </section>
              </div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
