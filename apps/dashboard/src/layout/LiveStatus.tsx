import { useLiveUpdates } from "../api/live-updates.js";

/** Shows that the dashboard is following the corpus live, and says so when the server cannot be reached. */
export function LiveStatus() {
  const changes = useLiveUpdates();
  if (changes.isError) {
    return (
      <p className="live live-off" role="status" title={changes.error.message}>
        Server unreachable
      </p>
    );
  }
  if (!changes.data) return <p className="live">Connecting…</p>;
  return (
    <p className="live live-on" role="status" aria-live="polite">
      <span className="live-dot" aria-hidden="true" />
      {changes.data.articles.toLocaleString("en")} articles · live
    </p>
  );
}
