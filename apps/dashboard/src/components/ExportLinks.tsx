import { api } from "../api/client.js";

type Dataset = "articles" | "search" | "entities" | "indicators" | "partnerships" | "quotes";

/** Download links for what the page shows, with the same filters, as CSV (spreadsheets) or JSON. */
export function ExportLinks({ dataset, query = {} }: { dataset: Dataset; query?: Record<string, string> }) {
  const search = new URLSearchParams(query).toString();
  const href = (format: "csv" | "json") => {
    const path = api.api.export[":file"].$path({ param: { file: `${dataset}.${format}` } });
    return search ? `${path}?${search}` : path;
  };
  return (
    <p className="exports">
      Download:{" "}
      <a href={href("csv")} download>
        CSV
      </a>{" "}
      ·{" "}
      <a href={href("json")} download>
        JSON
      </a>
    </p>
  );
}
