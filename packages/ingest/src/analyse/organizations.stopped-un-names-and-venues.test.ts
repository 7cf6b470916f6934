import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

// Round 57: American house style and a standing meeting called a venue. Own sentences.
const named = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "organization")
    .map((e) => e.name);

describe("a UN body's name with the abbreviation's stops", () => {
  it("reads 'U.N. Mission in …' as the UN's body", () => {
    expect(named("The battalion will join the U.N. Interim Security Force for Abyei next spring.")).toContain(
      "United Nations Interim Security Force for Abyei",
    );
  });
});

describe("a standing meeting called one of the venues for dialogue", () => {
  it("reads the ADMM-Plus as a body", () => {
    expect(named("Officials said the ADMM-Plus and the East Asia Summit remained useful venues for talks.")).toContain(
      "ADMM-Plus",
    );
  });

  it("still leaves a meeting held", () => {
    expect(named("The ministers met on the sidelines of the ADMM-Plus in Bangkok on Friday.")).not.toContain(
      "ADMM-Plus",
    );
  });
});
