import { ListQuoteGroupsInput, ListQuotesInput, QuoteGroupPage, QuotePage } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/quotes",
  operationId: "listQuotes",
  tags: ["findings"],
  summary: "Quotes, newest first, optionally by one speaker",
  request: { query: ListQuotesInput },
  responses: jsonResponses("OK", QuotePage, 400),
});

const groupsRoute = createRoute({
  method: "get",
  path: "/api/quotes/groups",
  operationId: "listQuoteGroups",
  tags: ["findings"],
  summary: "Quotes grouped by speaker and wording: each once, with its articles, outlets, dates and sources",
  description:
    "The same words after normalising (case, punctuation), allowing truncation and small edits, count as one quote. Groups are newest first; page with `offset`. Without `speaker`, only the latest quotes are grouped (`window`).",
  request: { query: ListQuoteGroupsInput },
  responses: jsonResponses("OK", QuoteGroupPage, 400),
});

export function quotesRoutes(context: AppContext) {
  return newRouter()
    .openapi(route, (c) => context.reads.respond(c, "listQuotes", c.req.valid("query")))
    .openapi(groupsRoute, (c) => context.reads.respond(c, "listQuoteGroups", c.req.valid("query")));
}
