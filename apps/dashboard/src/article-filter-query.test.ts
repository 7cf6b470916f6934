import { describe, expect, it } from "vitest";
import { articleFilterQuery } from "./article-filter-query.js";

describe("articleFilterQuery", () => {
  it("turns the URL's filters into string query parameters", () => {
    expect(articleFilterQuery({ outlet: "VnExpress", from: "2024-01-01", entity: 7, stories: true })).toEqual({
      outlet: "VnExpress",
      from: "2024-01-01",
      entity: "7",
      stories: "true",
    });
  });

  it("leaves out unset filters and an unticked story collapse", () => {
    expect(articleFilterQuery({ theme: undefined, stories: false })).toEqual({});
  });
});
