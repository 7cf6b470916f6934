import { Link } from "@tanstack/react-router";
import type { ArticleSummary } from "../api/types.js";
import { displayTitle } from "../text/display-title.js";
import { formatDate } from "../text/labels.js";

/** Article titles linking to the reader, each with its outlet and date; `versions` adds the size of its story. */
export function ArticleList({
  articles,
  versions = false,
  testId,
}: {
  articles: readonly ArticleSummary[];
  versions?: boolean;
  testId?: string;
}) {
  return (
    <ul className="article-list" data-testid={testId}>
      {articles.map((a) => (
        <li key={a.id}>
          <Link to="/articles/$id" params={{ id: String(a.id) }}>
            {displayTitle(a.title, a.excerpt, a.id)}
          </Link>
          <span className="meta">
            {a.outlet ?? "unknown outlet"} · {formatDate(a.publishedAt, a.publishedPrecision)}
            {versions && a.storyArticleCount > 1 ? ` · ${a.storyArticleCount} versions` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
