/** One dashboard page and what its first screenful asks the server for. */
export type FirstRequestRoute = {
  /** The page's path; `{name}` stands for one path segment. */
  path: string;
  /**
   * The search parameters the page may carry without changing its requests, with the value a request uses when
   * one is absent. A parameter not listed may change what the page asks for, so nothing is started for it.
   */
  search?: Partial<Record<string, string>>;
  /** API paths, `{name}` filled from the page's path segment or search parameter of that name. */
  requests: string[];
  /** Modules the page imports lazily for its first screenful (the chart library), relative to the dashboard. */
  modules?: string[];
};

export type FirstRequestTable = { everyPage: string[]; routes: FirstRequestRoute[] };

/** A value taken into a request must be a plain word: anything else is left to the page itself. */
const plainValue = /^[\w-]{1,64}$/;

function pathParams(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split("/");
  const have = pathname.replace(/\/+$/, "").split("/");
  if (pathname === "/") have.push("");
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const name = /^\{(\w+)\}$/.exec(segment)?.[1];
    const value = have[i] ?? "";
    if (name === undefined) {
      if (segment !== value) return null;
    } else if (plainValue.test(value)) {
      params[name] = value;
    } else {
      return null;
    }
  }
  return params;
}

/**
 * The API requests and lazy modules a page at `pathname` + `search` needs first, from the table; requests every
 * page makes are always included. Pure, so that index.html's inline script and the tests run the same code.
 * @example firstRequestsFor(table, "/entities/24", "") // → { requests: ["/api/changes", "/api/entities/24", …], … }
 */
export function firstRequestsFor(
  table: FirstRequestTable,
  pathname: string,
  search: string,
): { requests: string[]; modules: string[] } {
  for (const route of table.routes) {
    const params = pathParams(route.path, pathname);
    if (params === null) continue;
    const modules = route.modules ?? [];
    const known = route.search ?? {};
    for (const [name, fallback] of Object.entries(known)) if (fallback !== undefined) params[name] ??= fallback;
    for (const [name, value] of new URLSearchParams(search)) {
      if (!(name in known) || !plainValue.test(value)) return { requests: table.everyPage, modules };
      params[name] = value;
    }
    const filled = route.requests.map((request) =>
      request.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? "")),
    );
    return { requests: [...table.everyPage, ...filled], modules };
  }
  return { requests: table.everyPage, modules: [] };
}
