import { describe, expect, it } from "vitest";
import routes from "./data/routes.json";
import { type FirstRequestTable, firstRequestsFor } from "./match.js";

const table: FirstRequestTable = {
  everyPage: ["/api/changes"],
  routes: [
    { path: "/", requests: ["/api/metrics/overview"], modules: ["src/components/EChart.tsx"] },
    { path: "/entities", search: { type: "person" }, requests: ["/api/entities?type={type}&limit=50"] },
    { path: "/entities/{id}", requests: ["/api/entities/{id}", "/api/timeline?entity={id}"] },
    { path: "/partnerships", search: { sort: "" }, requests: ["/api/partnerships"] },
  ],
};

describe("firstRequestsFor", () => {
  it("starts the page's requests and the ones every page makes, with the modules it draws with", () => {
    expect(firstRequestsFor(table, "/", "")).toEqual({
      requests: ["/api/changes", "/api/metrics/overview"],
      modules: ["src/components/EChart.tsx"],
    });
  });

  it("fills a path segment into the requests", () => {
    expect(firstRequestsFor(table, "/entities/24", "").requests).toEqual([
      "/api/changes",
      "/api/entities/24",
      "/api/timeline?entity=24",
    ]);
    expect(firstRequestsFor(table, "/entities/24/", "").requests).toContain("/api/entities/24");
  });

  it("takes a search parameter's value, or its default when the page has none", () => {
    expect(firstRequestsFor(table, "/entities", "?type=country").requests).toContain(
      "/api/entities?type=country&limit=50",
    );
    expect(firstRequestsFor(table, "/entities", "").requests).toContain("/api/entities?type=person&limit=50");
  });

  it("keeps a search parameter that does not change the requests out of them", () => {
    expect(firstRequestsFor(table, "/partnerships", "?sort=level").requests).toEqual([
      "/api/changes",
      "/api/partnerships",
    ]);
  });

  it("starts only what every page asks for when the search holds a parameter it does not know", () => {
    expect(firstRequestsFor(table, "/entities", "?type=person&filter=nguyen").requests).toEqual(["/api/changes"]);
  });

  it("never puts a value that is not a plain word into a request", () => {
    expect(firstRequestsFor(table, "/entities/%2e%2e", "").requests).toEqual(["/api/changes"]);
    expect(firstRequestsFor(table, "/entities", "?type=a%26limit%3D1").requests).toEqual(["/api/changes"]);
  });

  it("starts nothing particular for a page it does not list", () => {
    expect(firstRequestsFor(table, "/upload", "")).toEqual({ requests: ["/api/changes"], modules: [] });
    expect(firstRequestsFor(table, "/entities/24/more", "")).toEqual({ requests: ["/api/changes"], modules: [] });
  });
});

describe("the dashboard's table of first requests", () => {
  it("fills every placeholder from the page's path or its search and asks only the API", () => {
    const problems = routes.routes.flatMap((route) => {
      const known = new Set([
        ...[...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
        ...Object.keys(("search" in route && route.search) || {}),
      ]);
      return route.requests.flatMap((request) => [
        ...(request.startsWith("/api/") ? [] : [`${route.path}: ${request} is not an API path`]),
        ...[...request.matchAll(/\{(\w+)\}/g)]
          .filter((m) => !known.has(m[1]))
          .map((m) => `${route.path}: {${m[1]}} in ${request} has no value`),
      ]);
    });
    expect(problems).toEqual([]);
  });
});
