import { Link } from "@tanstack/react-router";

/** What an empty corpus shows instead of blank charts: how to put articles in. */
export function EmptyDatabase({ what = "articles" }: { what?: string }) {
  return (
    <div className="empty-db" role="note">
      <h2>No {what} yet</h2>
      <p>The database is empty. Add articles from a folder of .txt, .md, .html, .json or .jsonl files:</p>
      <pre>
        <code>npm run ingest -- path/to/folder</code>
      </pre>
      <p>
        or drop files on the <Link to="/upload">Upload</Link> page. Open dashboards update by themselves when articles
        arrive.
      </p>
    </div>
  );
}
