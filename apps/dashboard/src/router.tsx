import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from "@tanstack/react-router";
import { AppLayout } from "./layout/AppLayout.js";
import { NotFound } from "./layout/NotFound.js";
import { compact, oneOf, optionalBoolean, optionalNumber, optionalString } from "./search-params.js";

const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFound });

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  component: lazyRouteComponent(() => import("./pages/overview/OverviewPage.js"), "OverviewPage"),
});

const indicatorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/indicators",
  validateSearch: (s: Record<string, unknown>) => compact({ key: optionalString(s.key) }),
  component: lazyRouteComponent(() => import("./pages/indicators/IndicatorsPage.js"), "IndicatorsPage"),
});

export const partnershipSorts = ["country", "level", "since", "evidence"] as const;
const partnershipsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/partnerships",
  validateSearch: (s: Record<string, unknown>) =>
    compact({ sort: oneOf(partnershipSorts, s.sort), dir: oneOf(["asc", "desc"] as const, s.dir) }),
  component: lazyRouteComponent(() => import("./pages/partnerships/PartnershipsPage.js"), "PartnershipsPage"),
});

export const entityTypeTabs = ["person", "country", "organization", "domestic_body"] as const;
const entitiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/entities",
  validateSearch: (s: Record<string, unknown>) =>
    compact({ type: oneOf(entityTypeTabs, s.type), filter: optionalString(s.filter) }),
  component: lazyRouteComponent(() => import("./pages/entities/EntitiesPage.js"), "EntitiesPage"),
});

const entityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/entities/$id",
  component: lazyRouteComponent(() => import("./pages/entities/EntityPage.js"), "EntityPage"),
});

const themesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/themes",
  validateSearch: (s: Record<string, unknown>) => compact({ theme: optionalString(s.theme) }),
  component: lazyRouteComponent(() => import("./pages/themes/ThemesPage.js"), "ThemesPage"),
});

export const articleSorts = ["published", "ingested", "title", "outlet", "words", "story"] as const;
const articlesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/articles",
  validateSearch: (s: Record<string, unknown>) =>
    compact({
      outlet: optionalString(s.outlet),
      theme: optionalString(s.theme),
      entity: optionalNumber(s.entity),
      from: optionalString(s.from),
      to: optionalString(s.to),
      stories: optionalBoolean(s.stories),
      filter: optionalString(s.filter),
      sort: oneOf(articleSorts, s.sort),
      dir: oneOf(["asc", "desc"] as const, s.dir),
    }),
  component: lazyRouteComponent(() => import("./pages/articles/ArticlesPage.js"), "ArticlesPage"),
});

const articleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/articles/$id",
  validateSearch: (s: Record<string, unknown>) =>
    compact({ noise: optionalBoolean(s.noise), at: optionalNumber(s.at) }),
  component: lazyRouteComponent(() => import("./pages/articles/ArticlePage.js"), "ArticlePage"),
});

const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/search",
  validateSearch: (s: Record<string, unknown>) =>
    compact({
      q: optionalString(s.q),
      outlet: optionalString(s.outlet),
      from: optionalString(s.from),
      to: optionalString(s.to),
      entity: optionalNumber(s.entity),
      theme: optionalString(s.theme),
      indicator: optionalString(s.indicator),
      stories: optionalBoolean(s.stories),
    }),
  component: lazyRouteComponent(() => import("./pages/search/SearchPage.js"), "SearchPage"),
});

const sqlRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sql",
  validateSearch: (s: Record<string, unknown>) => compact({ sql: optionalString(s.sql) }),
  component: lazyRouteComponent(() => import("./pages/sql/SqlPage.js"), "SqlPage"),
});

const uploadRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/upload",
  component: lazyRouteComponent(() => import("./pages/upload/UploadPage.js"), "UploadPage"),
});

const changesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/changes",
  validateSearch: (s: Record<string, unknown>) =>
    compact({ kind: oneOf(["partnership", "indicator", "person", "query"] as const, s.kind) }),
  component: lazyRouteComponent(() => import("./pages/changes/ChangesPage.js"), "ChangesPage"),
});

const feedsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/feeds",
  component: lazyRouteComponent(() => import("./pages/feeds/FeedsPage.js"), "FeedsPage"),
});

const coverageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/coverage",
  validateSearch: (s: Record<string, unknown>) =>
    compact({ outlet: optionalString(s.outlet), from: optionalString(s.from), to: optionalString(s.to) }),
  component: lazyRouteComponent(() => import("./pages/coverage/CoveragePage.js"), "CoveragePage"),
});

export const correctionKinds = [
  "merge_entity",
  "rename_entity",
  "split_mention",
  "reject_finding",
  "add_finding",
  "undo",
] as const;
const correctionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/corrections",
  validateSearch: (s: Record<string, unknown>) =>
    compact({
      kind: oneOf(correctionKinds, s.kind),
      author: optionalString(s.author),
      stale: optionalBoolean(s.stale),
    }),
  component: lazyRouteComponent(() => import("./pages/corrections/CorrectionsPage.js"), "CorrectionsPage"),
});

const routeTree = rootRoute.addChildren([
  overviewRoute,
  indicatorsRoute,
  partnershipsRoute,
  entitiesRoute,
  entityRoute,
  themesRoute,
  articlesRoute,
  articleRoute,
  searchRoute,
  sqlRoute,
  uploadRoute,
  feedsRoute,
  coverageRoute,
  changesRoute,
  correctionsRoute,
]);

export const router = createRouter({ routeTree, defaultPreload: "intent", scrollRestoration: true });

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
