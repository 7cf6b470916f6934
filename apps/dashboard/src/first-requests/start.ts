import table from "./data/routes.json";
import { firstRequestsFor } from "./match.js";
import { startRequests } from "./started.js";

/*
 * Inlined into index.html by scripts/first-requests.ts: starts the page's first API requests and preloads the
 * lazy modules its first screenful draws with, while the dashboard's code is still downloading. The built file
 * names of those modules come in the script's data-modules attribute.
 */
const modules: Record<string, string[]> = JSON.parse(document.currentScript?.dataset.modules ?? "{}");
const first = firstRequestsFor(table, location.pathname, location.search);
startRequests(first.requests);
for (const module of first.modules) {
  for (const href of modules[module] ?? []) {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.crossOrigin = "";
    link.href = href;
    document.head.append(link);
  }
}
