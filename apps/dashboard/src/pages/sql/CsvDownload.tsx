import { useEffect, useState } from "react";
import { toApiError } from "../../api/api-error.js";
import { api } from "../../api/client.js";

/**
 * A download link for the full result of a query as CSV. The export endpoint takes the SQL in a POST body,
 * so the file is fetched here and offered as a blob link rather than a plain URL.
 */
export function CsvDownload({ sql }: { sql: string }) {
  const [state, setState] = useState<{ url: string } | { error: string } | null>(null);
  useEffect(() => {
    setState(null);
    return () => {
      setState((current) => {
        if (current && "url" in current) URL.revokeObjectURL(current.url);
        return null;
      });
    };
  }, [sql]);

  const prepare = async () => {
    try {
      const response = await api.api.export["query.csv"].$post({ json: { sql } });
      if (!response.ok) throw toApiError(new Error(await response.text()));
      setState({ url: URL.createObjectURL(await response.blob()) });
    } catch (cause) {
      setState({ error: toApiError(cause).message });
    }
  };

  if (state && "url" in state) {
    return (
      <a className="button" href={state.url} download="query.csv">
        Download CSV
      </a>
    );
  }
  return (
    <>
      <button type="button" onClick={() => void prepare()}>
        Prepare CSV
      </button>
      {state && "error" in state && (
        <span role="alert" className="error-inline">
          {state.error}
        </span>
      )}
    </>
  );
}
