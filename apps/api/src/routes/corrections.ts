import { CorrectionError, CorrectionInput, CorrectionLog as LogFile, writerFor } from "@chancery/db";
import {
  CorrectableEntities,
  CorrectableFindings,
  CorrectionLog,
  CorrectionPage,
  GetCorrectableFindingsInput,
  getCorrections,
  ListCorrectableEntitiesInput,
  ListCorrectionsInput,
  QueryError,
} from "@chancery/query";
import { createRoute, z } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { limitBody } from "../middleware/limit-body.js";
import { requireToken } from "../middleware/require-token.js";
import { IdParam, jsonBody, jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

/*
 * The corrections log: reads on the read pool, writes on the main thread's one writer (which applies each entry to
 * the findings tables and moves the change stamp, so every cached read refreshes); on PostgreSQL, the primary's
 * writer, the entries written read back from the primary.
 * `.meta`, not `.openapi`: the db and query packages' zod is the ESM instance, which @hono/zod-openapi does not extend.
 */
const NewCorrection = CorrectionInput.meta({ id: "NewCorrection" });
const Entries = z.object({ items: z.array(CorrectionPage.shape.items.element) }).openapi("CorrectionEntries");
const Log = CorrectionLog.meta({ id: "CorrectionLog" });
const ImportAnswer = z
  .object({
    imported: z.number().int().openapi({ description: "Entries appended to this database's log" }),
    stale: z.number().int().openapi({ description: "Of those, active ones that match nothing stored here" }),
  })
  .openapi("CorrectionImport");
const UndoBody = z
  .object({ author: z.string().trim().min(1).max(100), reason: z.string().trim().max(2_000).default("") })
  .openapi("CorrectionUndo");

const listRoute = createRoute({
  method: "get",
  path: "/api/corrections",
  operationId: "listCorrections",
  tags: ["corrections"],
  summary: "The corrections log, newest first, each entry marked active, undone or stale",
  request: { query: ListCorrectionsInput },
  responses: jsonResponses("A page of the log", CorrectionPage, 400),
});

const createRoute_ = createRoute({
  method: "post",
  path: "/api/corrections",
  operationId: "addCorrection",
  tags: ["corrections"],
  summary: "Make a correction (merge, rename, split a mention, reject or add a finding, undo) and apply it",
  security: [{ bearer: [] }],
  request: { body: jsonBody(NewCorrection) },
  responses: jsonResponses("The entry as stored, already applied", Entries, 400, 401, 404, 413),
});

const undoRoute = createRoute({
  method: "post",
  path: "/api/corrections/{id}/undo",
  operationId: "undoCorrection",
  tags: ["corrections"],
  summary: "Take a correction back: appends an undo entry and restores the findings it changed",
  security: [{ bearer: [] }],
  request: { params: IdParam, body: jsonBody(UndoBody) },
  responses: jsonResponses("The undo entry", Entries, 400, 401, 404, 413),
});

const exportRoute = createRoute({
  method: "get",
  path: "/api/corrections/export",
  operationId: "exportCorrections",
  tags: ["corrections"],
  summary: "The whole log as a JSON file that another database's import reads",
  responses: jsonResponses("The log", Log),
});

const importRoute = createRoute({
  method: "post",
  path: "/api/corrections/import",
  operationId: "importCorrections",
  tags: ["corrections"],
  summary: "Append an exported log and apply it; entries whose targets are not stored here are kept as stale",
  security: [{ bearer: [] }],
  request: { body: jsonBody(Log) },
  responses: jsonResponses("How many entries were appended", ImportAnswer, 400, 401, 413),
});

const entitiesRoute = createRoute({
  method: "get",
  path: "/api/corrections/entities",
  operationId: "listCorrectableEntities",
  tags: ["corrections"],
  summary: "Entities with the keys corrections name them by (the merge box's choices)",
  request: { query: ListCorrectableEntitiesInput },
  responses: jsonResponses("Matching entities, most mentioned first", CorrectableEntities, 400),
});

const findingsRoute = createRoute({
  method: "get",
  path: "/api/corrections/findings",
  operationId: "getCorrectableFindings",
  tags: ["corrections"],
  summary: "An article's findings by the natural keys a reject or fix names them by",
  request: { query: GetCorrectableFindingsInput },
  responses: jsonResponses("The article's findings", CorrectableFindings, 400, 404),
});

/** The writer's refusals in the API's one error shape. */
async function write<T>(action: () => T | Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof CorrectionError) throw new QueryError(error.code, error.message, error.details);
    throw error;
  }
}

export function correctionsRoutes(context: AppContext) {
  const correct = (entries: readonly unknown[], options?: { imported: boolean }) =>
    write(() =>
      context.postgresWrites
        ? context.postgresWrites.writer.correct(entries, options)
        : writerFor(context.database).correct(entries, options),
    );
  const written = (ids: number[]) => getCorrections(context.postgresWrites?.reads() ?? context.database, ids);
  const guard = requireToken(context.token);
  return newRouter()
    .openapi(listRoute, (c) => context.reads.respond(c, "listCorrections", c.req.valid("query")))
    .openapi(entitiesRoute, (c) => context.reads.respond(c, "listCorrectableEntities", c.req.valid("query")))
    .openapi(findingsRoute, (c) => context.reads.respond(c, "getCorrectableFindings", c.req.valid("query")))
    .openapi(exportRoute, async (c) => {
      c.header("Content-Disposition", 'attachment; filename="chancery-corrections.json"');
      c.header("Cache-Control", "no-store");
      return context.reads.respond(c, "exportCorrections", undefined);
    })
    .openapi({ ...createRoute_, middleware: [guard, limitBody(1024 * 1024)] as const }, async (c) => {
      const appended = await correct([c.req.valid("json")]);
      return c.json({ items: written(appended.map((e) => e.id)) }, 200);
    })
    .openapi({ ...undoRoute, middleware: [guard, limitBody(64 * 1024)] as const }, async (c) => {
      const { id } = c.req.valid("param");
      const { author, reason } = c.req.valid("json");
      const appended = await correct([{ kind: "undo", target: { id }, author, reason }]);
      return c.json({ items: written(appended.map((e) => e.id)) }, 200);
    })
    .openapi({ ...importRoute, middleware: [guard, limitBody(32 * 1024 * 1024)] as const }, async (c) => {
      const log = LogFile.parse(c.req.valid("json"));
      const appended = await correct(log.corrections, { imported: true });
      const entries = written(appended.map((e) => e.id));
      return c.json({ imported: appended.length, stale: entries.filter((e) => e.stale).length }, 200);
    });
}
