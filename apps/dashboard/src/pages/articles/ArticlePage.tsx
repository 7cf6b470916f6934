import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useEffect } from "react";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import type { ArticleDetail } from "../../api/types.js";
import { ArticleCorrections } from "../../components/corrections/ArticleCorrections.js";
import { DetailPage } from "../../components/DetailPage.js";
import { displayTitle } from "../../text/display-title.js";
import { formatDate, formatNumber, keyLabel } from "../../text/labels.js";
import { ArticleText } from "./ArticleText.js";
import { highlightLegend, highlightsOf } from "./highlights.js";

const route = getRouteApi("/articles/$id");

export function ArticlePage() {
  const { id } = route.useParams();
  const article = useQuery({
    queryKey: ["article", id],
    queryFn: () => unwrap(api.api.articles[":id"].$get({ param: { id } })),
  });
  return (
    <DetailPage back={<Link to="/articles">Articles</Link>} query={article} what="this article">
      {(d) => <Reader detail={d} />}
    </DetailPage>
  );
}

function Reader({ detail }: { detail: ArticleDetail }) {
  const { noise, at } = route.useSearch();
  const { article, paragraphs, body, provenance, removedNoise, sightings, otherVersions, findings } = detail;
  const highlights = highlightsOf(findings);

  useEffect(() => {
    if (at === undefined) return;
    const index = paragraphs.findIndex((p) => at >= p.start && at < p.start + p.text.length);
    document.getElementById(`para-${index}`)?.scrollIntoView({ block: "center" });
  }, [at, paragraphs]);

  return (
    <div className="reader">
      <article className="reader-main" aria-labelledby="article-title">
        <h1 id="article-title">{displayTitle(article.title, paragraphs[0]?.text, article.id)}</h1>
        <p className="byline">
          {article.outlet ?? "Unknown outlet"}
          {article.author ? ` · by ${article.author}` : ""}
          {article.source && article.source !== article.outlet ? ` · via ${article.source}` : ""}
          {article.datelinePlace ? `, ${article.datelinePlace}` : ""} ·{" "}
          {formatDate(article.publishedAt, article.publishedPrecision)}
          {article.publishedSource === "text" ? " (inferred from the text)" : ""} ·{" "}
          {article.wordCount.toLocaleString("en")} words
        </p>
        <ul className="legend highlight-legend" aria-label="Highlight colours">
          {highlightLegend.map(({ kind, label }) => (
            <li key={kind}>
              <mark className={`hl hl-${kind}`}>{label}</mark>
            </li>
          ))}
        </ul>
        <ArticleText
          paragraphs={paragraphs}
          body={body}
          highlights={highlights}
          {...(at !== undefined ? { target: at } : {})}
        />
        <section aria-labelledby="noise-heading" className="noise">
          <h2 id="noise-heading">Removed noise</h2>
          {removedNoise.length === 0 ? (
            <p className="empty">The cleaner removed nothing from this article.</p>
          ) : noise ? (
            <>
              <Link to="/articles/$id" params={{ id: String(article.id) }} search={{}} replace>
                Hide removed noise
              </Link>
              <ul className="noise-list">
                {removedNoise.map((n, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the removed parts are a fixed list in body order
                  <li key={i}>
                    <span className="badge">{keyLabel(n.kind)}</span> <del>{n.text}</del>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <Link to="/articles/$id" params={{ id: String(article.id) }} search={{ noise: true }} replace>
              Show the {removedNoise.length} removed parts (captions, bylines, related links…)
            </Link>
          )}
        </section>
      </article>
      <aside className="reader-side">
        <Findings findings={findings} />
        <ArticleCorrections articleId={article.id} body={body} />
        <section className="panel" aria-labelledby="versions">
          <h2 id="versions">Other versions of this story</h2>
          {otherVersions.length === 0 ? (
            <p className="empty">No other version found.</p>
          ) : (
            <ul>
              {otherVersions.map((v) => (
                <li key={v.id}>
                  <Link to="/articles/$id" params={{ id: String(v.id) }}>
                    {displayTitle(v.title, null, v.id)}
                  </Link>{" "}
                  <span className="meta">
                    {v.outlet ?? "unknown outlet"} · {formatDate(v.publishedAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="provenance">
          <h2 id="provenance">Provenance</h2>
          <dl className="facts">
            <dt>Source</dt>
            <dd className="wrap">{provenance.sourcePath ?? "—"}</dd>
            <dt>Format</dt>
            <dd>{provenance.sourceFormat}</dd>
            {article.url && (
              <>
                <dt>URL</dt>
                <dd className="wrap">{article.url}</dd>
              </>
            )}
            <dt>Ingested</dt>
            <dd>{new Date(provenance.ingestedAt).toLocaleString("en-GB")}</dd>
            <dt>Analyser</dt>
            <dd>{provenance.analyzerVersion}</dd>
            <dt>Content hash</dt>
            <dd className="wrap mono">{provenance.contentHash}</dd>
          </dl>
          {sightings.length > 1 && (
            <>
              <h3>Seen {sightings.length} times</h3>
              <ul>
                {sightings.map((s, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: sightings are a fixed list in time order
                  <li key={i} className="wrap">
                    {s.sourcePath ?? s.url ?? "upload"} {s.outlet ? `(${s.outlet})` : ""} ·{" "}
                    {new Date(s.seenAt).toLocaleDateString("en-GB")}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </aside>
    </div>
  );
}

function Findings({ findings }: { findings: ArticleDetail["findings"] }) {
  const byEntity = new Map<number, { name: string; type: string; count: number }>();
  for (const m of findings.mentions) {
    const entry = byEntity.get(m.entityId) ?? { name: m.name, type: m.type, count: 0 };
    entry.count += 1;
    byEntity.set(m.entityId, entry);
  }
  const entities = [...byEntity.entries()].sort((a, b) => b[1].count - a[1].count);
  return (
    <section className="panel" aria-labelledby="findings">
      <h2 id="findings">Found in this article</h2>
      {entities.length > 0 && (
        <ul className="chips">
          {entities.map(([id, e]) => (
            <li key={id}>
              <Link to="/entities/$id" params={{ id: String(id) }} className={`chip chip-${e.type}`}>
                {e.name} <span className="meta">{e.count}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {findings.indicators.length > 0 && (
        <>
          <h3>Figures</h3>
          <ul>
            {findings.indicators.map((i) => (
              <li key={i.id}>
                {i.qualifier ? `${i.qualifier} ` : ""}
                {formatNumber(i.value)}
                {i.of != null ? ` of ${formatNumber(i.of)}` : ""} {i.unit ?? ""}
                {i.key && (
                  <>
                    {" "}
                    —{" "}
                    <Link to="/indicators" search={{ key: i.key }}>
                      {keyLabel(i.key)}
                    </Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {findings.partnerships.length > 0 && (
        <>
          <h3>Partnerships</h3>
          <ul>
            {findings.partnerships.map((p) => (
              <li key={p.id}>
                {p.countryName}: {p.level}
                {p.year ? ` (${p.year})` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
      {findings.themes.length > 0 && (
        <>
          <h3>Themes</h3>
          <ul className="chips">
            {findings.themes.map((t) => (
              <li key={t.key}>
                <Link to="/themes" search={{ theme: t.key }} className="chip">
                  {keyLabel(t.key)} <span className="meta">{Math.round(t.score * 100) / 100}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {entities.length === 0 && findings.indicators.length === 0 && findings.quotes.length === 0 && (
        <p className="empty">Nothing was extracted from this article.</p>
      )}
    </section>
  );
}
