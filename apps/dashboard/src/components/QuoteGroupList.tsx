import { Link } from "@tanstack/react-router";
import type { QuoteGroup } from "../api/types.js";
import { formatCount, formatDate } from "../text/labels.js";
import { SourceLink } from "./SourceLink.js";

/** When a quote, a sentence or a figure was published: `first 3 Mar 2021, latest 29 Oct 2025 · 2 undated`. */
export function datesText(first: string | null, last: string | null, undated: number): string {
  const dated = !first
    ? ""
    : first === last
      ? formatDate(first)
      : `first ${formatDate(first)}, latest ${formatDate(last)}`;
  const missing = undated > 0 ? `${undated} undated` : "";
  return [dated, missing].filter(Boolean).join(" · ");
}

/** Quotes grouped by wording: each said once, with how many articles and outlets carry it, and its sources on demand. */
export function QuoteGroupList({
  groups,
  showSpeaker = true,
}: {
  groups: readonly QuoteGroup[];
  showSpeaker?: boolean;
}) {
  return (
    <ul className="quote-list">
      {groups.map((g) => (
        <li key={g.sources[0]?.quoteId ?? g.text} data-articles={g.articles}>
          <figure className="quote">
            <blockquote>{g.text}</blockquote>
            <figcaption>
              {showSpeaker && (
                <>
                  —{" "}
                  {g.speakerEntityId != null ? (
                    <Link to="/entities/$id" params={{ id: String(g.speakerEntityId) }}>
                      {g.speakerName ?? "unknown speaker"}
                    </Link>
                  ) : (
                    (g.speakerName ?? "unknown speaker")
                  )}{" "}
                  ·{" "}
                </>
              )}
              <span className="repeat-count" data-testid="quote-articles">
                {g.articles === 1 ? "1 article" : `${formatCount(g.articles)} articles`}
              </span>
              {g.outlets > 1 ? `, ${g.outlets} outlets` : ""} ·{" "}
              <span className="meta">{datesText(g.firstPublishedAt, g.lastPublishedAt, g.undated)}</span>
            </figcaption>
            {g.articles === 1 && g.sources[0] ? (
              <p className="meta">
                <SourceLink source={g.sources[0]} dated={false} />
              </p>
            ) : (
              <details>
                <summary>
                  Sources ({g.articles}
                  {g.sources.length < g.articles ? `, newest ${g.sources.length} shown` : ""})
                </summary>
                <ul className="sources-list">
                  {g.sources.map((s) => (
                    <li key={s.quoteId}>
                      <SourceLink source={s} /> {s.outlet && <span className="meta">· {s.outlet}</span>}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </figure>
        </li>
      ))}
    </ul>
  );
}
