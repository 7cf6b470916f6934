import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type DragEvent, type FormEvent, useId, useRef, useState } from "react";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import type { IngestReport } from "../../api/types.js";
import { ErrorMessage } from "../../components/QueryState.js";
import { displayTitle } from "../../text/display-title.js";
import { ArticleFindings } from "./ArticleFindings.js";

const accepted =
  ".txt,.md,.markdown,.html,.htm,.mhtml,.mht,.json,.jsonl,text/plain,text/markdown,text/html,application/json";
const tokenKey = "chancery.token";

export function UploadPage() {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [token, setToken] = useState(() => sessionStorage.getItem(tokenKey) ?? "");
  const queryClient = useQueryClient();
  const upload = useMutation({
    // Everything shown elsewhere may have changed; refetch now rather than at the next live poll.
    onSuccess: () => void queryClient.invalidateQueries(),
    mutationFn: (input: File[] | { urls: string[] }) =>
      unwrap(
        api.api.articles.$post(
          // The route accepts JSON or multipart; the client's input type joins both (an intersection), so each call
          // passes only its own part: files as a form, URLs as JSON.
          (Array.isArray(input) ? { form: { files: input } } : { json: input }) as unknown as Parameters<
            typeof api.api.articles.$post
          >[0],
          token ? { headers: { Authorization: `Bearer ${token}` } } : undefined,
        ),
      ),
  });
  const [urlText, setUrlText] = useState("");
  const sendUrls = (event: FormEvent) => {
    event.preventDefault();
    const urls = urlText
      .split(/\s+/)
      .map((u) => u.trim())
      .filter(Boolean);
    if (urls.length > 0) upload.mutate({ urls });
  };

  const send = (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length > 0) upload.mutate(files);
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    send(event.dataTransfer.files);
  };

  return (
    <section className="page">
      <h1>Upload</h1>
      <p className="lede">
        Add articles: plain text, Markdown with front matter, saved web pages, JSON/JSONL bulk files, or web pages by
        URL (fetched and read like saved pages, the URL kept as their source). Duplicates are recognised and counted
        once.
      </p>
      <label
        htmlFor={inputId}
        className={dragging ? "dropzone dragging" : "dropzone"}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span className="dropzone-title">Drop files here</span>
        <span>or choose files (.txt, .md, .html, .json, .jsonl)</span>
        <input
          ref={input}
          id={inputId}
          type="file"
          multiple
          accept={accepted}
          onChange={(e) => {
            send(e.target.files);
            e.target.value = "";
          }}
          data-testid="upload-input"
        />
      </label>
      <form className="filters" onSubmit={sendUrls} aria-label="Add web pages by URL">
        <label>
          Or paste web page URLs, one per line (up to 20){" "}
          <textarea
            rows={3}
            cols={60}
            value={urlText}
            onChange={(e) => setUrlText(e.target.value)}
            placeholder="https://example.org/news/vietnam-laos-talks"
            data-testid="upload-urls"
          />
        </label>
        <button type="submit" disabled={upload.isPending}>
          Fetch and add
        </button>
      </form>
      <details className="token">
        <summary>Write token</summary>
        <label>
          Only needed when the server was started with CHANCERY_TOKEN{" "}
          <input
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => {
              setToken(e.target.value);
              sessionStorage.setItem(tokenKey, e.target.value);
            }}
          />
        </label>
      </details>
      {upload.isPending && (
        <p className="status" role="status">
          Uploading and analysing…
        </p>
      )}
      {upload.isError && <ErrorMessage error={upload.error} what="the upload" />}
      {upload.data && <UploadResults report={upload.data} />}
    </section>
  );
}

function UploadResults({ report }: { report: IngestReport }) {
  const failedByFile = new Map(report.failed.map((f) => [f.file, f.error]));
  return (
    <section aria-labelledby="upload-results" className="panel">
      <h2 id="upload-results">Results</h2>
      <p role="status" data-testid="upload-summary">
        {report.new} new · {report.alreadyPresent} already present · {report.failed.length} failed
      </p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Result</th>
              <th scope="col">Article</th>
              <th scope="col">Found</th>
            </tr>
          </thead>
          <tbody>
            {report.articles.map((a, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one file can yield several articles (JSONL)
              <tr key={`${a.file}-${i}`}>
                <td className="wrap">{a.file}</td>
                <td>
                  {a.status === "new" ? (
                    <span className="badge ok">stored</span>
                  ) : (
                    <span className="badge">
                      already present
                      {typeof a.duplicateOf === "number" ? (
                        <>
                          {" "}
                          (duplicate of{" "}
                          <Link to="/articles/$id" params={{ id: String(a.duplicateOf) }}>
                            #{a.duplicateOf}
                          </Link>
                          )
                        </>
                      ) : a.duplicateOf ? (
                        ` (duplicate of ${a.duplicateOf})`
                      ) : null}
                    </span>
                  )}
                </td>
                <td>
                  {a.id != null ? (
                    <Link to="/articles/$id" params={{ id: String(a.id) }}>
                      {displayTitle(a.title, a.body, a.id)}
                    </Link>
                  ) : (
                    (a.title ?? "—")
                  )}
                </td>
                <td>
                  <ArticleFindings article={a} />
                </td>
              </tr>
            ))}
            {report.failed.map((f) => (
              <tr key={`failed-${f.file}`} className="failed">
                <td className="wrap">{f.file}</td>
                <td>
                  <span className="badge bad">failed</span>
                </td>
                <td colSpan={2}>{failedByFile.get(f.file)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
