import type { AppType } from "@chancery/api";
import { hc } from "hono/client";
import { takeStartedResponse } from "../first-requests/started.js";

/**
 * A GET that index.html's inline script already started is answered from that request (once); a started
 * request that failed is asked again.
 */
const fetchOrTakeStarted: typeof fetch = (input, init) => {
  const started =
    typeof input === "string" && (init?.method ?? "GET") === "GET" ? takeStartedResponse(input) : undefined;
  return started ? started.catch(() => fetch(input, init)) : fetch(input, init);
};

/** The typed API client: every path, parameter and response type comes from the server's own routes. */
export const api = hc<AppType>("/", { fetch: fetchOrTakeStarted });
