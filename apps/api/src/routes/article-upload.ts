import { IngestReport, ingestBuffers, ingestUrls } from "@chancery/ingest";
import { QueryError } from "@chancery/query";
import { createRoute, z } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { limitBody } from "../middleware/limit-body.js";
import { requireToken } from "../middleware/require-token.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

/** Most URLs one request fetches: each may take the fetch time limit, and the answer waits for all of them. */
export const URLS_PER_REQUEST = 20;

const Text = z.string().max(200_000);
/** One article as JSON: the fields a JSON file given to `chancery ingest` may carry. */
export const ArticleUpload = z
  .object({
    text: z.string().max(10_000_000).optional(),
    html: z.string().max(10_000_000).optional(),
    title: Text.optional(),
    outlet: Text.optional(),
    author: Text.optional(),
    url: Text.optional(),
    published: Text.optional(),
    language: Text.optional(),
  })
  .refine((article) => Boolean(article.text?.trim() || article.html?.trim()), {
    message: `needs a non-empty "text" or "html" (or "urls": 1 to ${URLS_PER_REQUEST} pages to fetch)`,
  })
  .openapi("ArticleUpload");

/** Pages to fetch by URL: each is read like a saved page and kept with its URL. */
export const UrlUpload = z
  .object({
    urls: z
      .array(z.string().trim().min(1).max(2000))
      .min(1)
      .max(URLS_PER_REQUEST)
      .openapi({ example: ["https://example.org/news/1"] }),
  })
  .openapi("UrlUpload");

const FileList = z
  .object({
    files: z
      .union([z.file(), z.array(z.file())])
      .openapi({ type: "array", items: { type: "string", format: "binary" } }),
  })
  .openapi("FileUpload");

/**
 * The ingest package's own report, named in the OpenAPI document. `.meta`, not `.openapi`: the package's zod is the
 * ESM instance, which @hono/zod-openapi (loaded as CommonJS) does not extend.
 */
const UploadAnswer = IngestReport.meta({ id: "IngestReport" });

function sizeText(bytes: number): string {
  return bytes >= 1048576 ? `${Math.round(bytes / 1048576)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Multipart requests may carry several files: the body limit is this many times the per-file limit. */
const filesPerRequest = 5;

export function articleUploadRoutes(context: AppContext) {
  const route = createRoute({
    method: "post",
    path: "/api/articles",
    operationId: "addArticles",
    tags: ["articles"],
    summary:
      "Add articles: one as JSON, pages by URL (JSON `urls`), or files as multipart (field `files`); answers per item",
    security: [{ bearer: [] }],
    middleware: [
      requireToken(context.token),
      limitBody(context.uploadLimitBytes * filesPerRequest + 64 * 1024),
    ] as const,
    request: {
      body: {
        required: false,
        content: {
          "application/json": {
            schema: z.union([ArticleUpload, UrlUpload], {
              error: `send one article as {"text" or "html", …} or pages as {"urls": [1 to ${URLS_PER_REQUEST} URLs]}`,
            }),
          },
          "multipart/form-data": { schema: FileList },
        },
      },
    },
    responses: jsonResponses(
      "What happened to each file, and what was found in each article",
      UploadAnswer,
      400,
      401,
      413,
    ),
  });

  // On PostgreSQL the articles go to the primary, through its writer; SQLite's one connection both reads and writes.
  const into = context.primary ?? context.database;
  return newRouter().openapi(route, async (c) => {
    const type = c.req.header("content-type") ?? "";
    const files: Array<{ name: string; bytes: Uint8Array }> = [];
    const oversized: Array<{ file: string; error: string }> = [];
    if (/^application\/json/i.test(type)) {
      const article = c.req.valid("json");
      // Fetched pages answer with the same report; a page that cannot be fetched is one failure among the items.
      if ("urls" in article) return c.json(await ingestUrls(into, article.urls), 200);
      files.push({ name: "upload.json", bytes: new TextEncoder().encode(JSON.stringify(article)) });
    } else if (/^multipart\/form-data/i.test(type)) {
      const form = c.req.valid("form") as z.infer<typeof FileList>;
      for (const file of Array.isArray(form.files) ? form.files : [form.files]) {
        if (file.size > context.uploadLimitBytes) {
          oversized.push({
            file: file.name,
            error: `larger than the ${sizeText(context.uploadLimitBytes)} upload limit`,
          });
        } else {
          files.push({ name: file.name || "upload", bytes: new Uint8Array(await file.arrayBuffer()) });
        }
      }
    } else {
      throw new QueryError(
        "bad_request",
        "Send one article as application/json, or files as multipart/form-data in the field `files`.",
      );
    }
    const report: IngestReport = files.length
      ? await ingestBuffers(into, files)
      : { new: 0, alreadyPresent: 0, failed: [], articles: [] };
    return c.json({ ...report, failed: [...oversized, ...report.failed] }, 200);
  });
}
