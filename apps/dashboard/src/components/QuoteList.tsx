import type { Quote } from "../api/types.js";
import { QuoteBlock } from "./QuoteBlock.js";

/** Quotes one after another, each with its speaker and source. */
export function QuoteList({ quotes }: { quotes: readonly Quote[] }) {
  return (
    <ul className="quote-list">
      {quotes.map((q) => (
        <li key={q.id}>
          <QuoteBlock quote={q} />
        </li>
      ))}
    </ul>
  );
}
