import { Link } from "@tanstack/react-router";
import type { Quote } from "../api/types.js";
import { formatDate } from "../text/labels.js";

/** A quote with its speaker and the article (and place in it) it comes from. */
export function QuoteBlock({ quote }: { quote: Quote }) {
  return (
    <figure className="quote">
      <blockquote>{quote.text}</blockquote>
      <figcaption>
        —{" "}
        {quote.speakerEntityId != null ? (
          <Link to="/entities/$id" params={{ id: String(quote.speakerEntityId) }}>
            {quote.speakerName ?? "unknown speaker"}
          </Link>
        ) : (
          (quote.speakerName ?? "unknown speaker")
        )}
        , in{" "}
        <Link to="/articles/$id" params={{ id: String(quote.articleId) }} search={{ at: quote.start }}>
          {quote.articleTitle ?? `article #${quote.articleId}`}
        </Link>{" "}
        ({formatDate(quote.publishedAt)})
      </figcaption>
    </figure>
  );
}
