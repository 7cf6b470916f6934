import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";
import { scoreThemes as scoreSentences } from "./themes.js";

const scoreThemes = (body: string) => scoreSentences(splitSentences(body));

describe("themes", () => {
  it("scores the strongest theme 1 and leaves out themes without evidence", () => {
    const themes = scoreThemes("Trade and investment grew; exports and FDI rose. The East Sea was calm.");
    expect(themes[0]).toEqual({ key: "economic_diplomacy", score: 1 });
    expect(themes.map((t) => t.key)).toContain("sovereignty_borders_maritime");
    expect(themes.map((t) => t.key)).not.toContain("health_diplomacy");
    for (const t of themes) expect(t.score).toBeGreaterThan(0);
  });

  it("returns nothing for text without any theme", () => {
    expect(scoreThemes("The weather was fine.")).toEqual([]);
  });
});
