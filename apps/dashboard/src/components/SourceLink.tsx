import { Link } from "@tanstack/react-router";
import { formatDate } from "../text/labels.js";

type Source = { articleId: number; start: number; articleTitle: string | null; publishedAt?: string | null };

/** A link to the place in an article a finding was read from, named by the article and, if `dated`, its date. */
export function SourceLink({ source, dated = true }: { source: Source; dated?: boolean }) {
  return (
    <>
      <Link to="/articles/$id" params={{ id: String(source.articleId) }} search={{ at: source.start }}>
        {source.articleTitle ?? `Article #${source.articleId}`}
      </Link>
      {dated && (
        <>
          {" "}
          <span className="meta">{formatDate(source.publishedAt)}</span>
        </>
      )}
    </>
  );
}
