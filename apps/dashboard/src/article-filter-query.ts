import { compact } from "./search-params.js";

/** The article filters that the article list and search both read from their URL. */
export type ArticleFilters = {
  outlet?: string | undefined;
  theme?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  entity?: number | undefined;
  stories?: boolean | undefined;
};

/** Those filters as API query parameters: strings only, and absent when unset. */
export function articleFilterQuery(filters: ArticleFilters) {
  return compact({
    outlet: filters.outlet,
    theme: filters.theme,
    from: filters.from,
    to: filters.to,
    entity: filters.entity === undefined ? undefined : String(filters.entity),
    stories: filters.stories ? "true" : undefined,
  });
}
