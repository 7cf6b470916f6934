import { useState } from "react";
import { toApiError } from "../../api/api-error.js";
import { api } from "../../api/client.js";

/**
 * Downloads the full result of a query as CSV. The export endpoint takes the SQL in a POST body,
 * so the file is fetched here and handed to the browser through a temporary blob link.
 */
export function CsvDownload({ sql }: { sql: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const response = await api.api.export[":file"].$post({ param: { file: "query.csv" }, json: { sql } });
      if (!response.ok) throw toApiError(await response.json().catch(() => new Error(response.statusText)));
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = "query.csv";
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (cause) {
      setError(toApiError(cause).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void download()} disabled={busy}>
        {busy ? "Preparing CSV…" : "Download CSV"}
      </button>
      {error && (
        <span role="alert" className="error-inline">
          {error}
        </span>
      )}
    </>
  );
}
