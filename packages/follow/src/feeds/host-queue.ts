/**
 * One request at a time per host, with a pause between two requests to the same host: a site is never hit by two
 * of our requests at once, however many of its feeds and pages are due. Requests to different hosts run side by side.
 */
export class HostQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly lastEnded = new Map<string, number>();

  constructor(private readonly delayMs: number) {}

  run<T>(url: URL, request: () => Promise<T>): Promise<T> {
    const host = url.host;
    const previous = this.tails.get(host) ?? Promise.resolve();
    const next = previous.then(async () => {
      const wait = (this.lastEnded.get(host) ?? 0) + this.delayMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      try {
        return await request();
      } finally {
        this.lastEnded.set(host, Date.now());
      }
    });
    // The chain continues after a failed request: the next one in line still runs.
    this.tails.set(
      host,
      next.catch(() => undefined),
    );
    return next;
  }
}
