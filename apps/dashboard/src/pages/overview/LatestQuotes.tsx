import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import { QueryState } from "../../components/QueryState.js";
import { QuoteGroupList } from "../../components/QuoteGroupList.js";

export function LatestQuotes() {
  const quotes = useQuery({
    queryKey: ["quote-groups", "latest"],
    queryFn: () => unwrap(api.api.quotes.groups.$get({ query: { limit: "5" } })),
  });
  return (
    <section className="panel" aria-labelledby="latest-quotes">
      <h2 id="latest-quotes">Latest quotes</h2>
      <QueryState query={quotes} what="quotes" isEmpty={(d) => d.items.length === 0}>
        {(d) => <QuoteGroupList groups={d.items} />}
      </QueryState>
      <p>
        <Link to="/search" search={{}}>
          Search all articles →
        </Link>
      </p>
    </section>
  );
}
