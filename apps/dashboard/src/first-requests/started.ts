/**
 * The hand-over between index.html's inline script, which starts a page's first API requests while the
 * dashboard's code is still loading, and the API client, which takes each answer once instead of asking again.
 */
export type StartedRequests = { startedAt: number; responses: Map<string, Promise<Response>> };

const key = "__chanceryFirstRequests";
/** An answer not taken by then belongs to an earlier moment of this page: the client asks afresh. */
const freshForMs = 30_000;

type WithStarted = { [key]?: StartedRequests };

export function startRequests(urls: readonly string[], fetcher: typeof fetch = fetch): StartedRequests {
  const responses = new Map<string, Promise<Response>>();
  for (const url of urls) {
    const response = fetcher(url, { priority: "high" });
    // A failure is the taker's to handle; one never taken must not surface as an unhandled rejection.
    response.catch(() => undefined);
    responses.set(url, response);
  }
  const started = { startedAt: performance.now(), responses };
  (globalThis as WithStarted)[key] = started;
  return started;
}

/** The answer to a GET of `url` started early and not yet taken, or undefined: each answer is taken once. */
export function takeStartedResponse(url: string): Promise<Response> | undefined {
  const started = (globalThis as WithStarted)[key];
  const response = started?.responses.get(url);
  if (!started || !response) return undefined;
  started.responses.delete(url);
  return performance.now() - started.startedAt <= freshForMs ? response : undefined;
}

/**
 * Drops every answer not yet taken: called when the corpus changed since the page loaded, so that a part of the page
 * first shown after the change (an empty database filling up) asks afresh instead of taking an answer from before it.
 */
export function forgetStartedRequests(): void {
  (globalThis as WithStarted)[key]?.responses.clear();
}
