import { describe, expect, it } from "vitest";
import { isBoilerplate } from "./boilerplate.js";
import { isToolBar } from "./tool-bars.js";

// Round 43 (issue 11): furniture that unseen pages kept in the story, in our own words.
describe("a widget's label with the icon copied before it", () => {
  it.each(["🎧 Listen to this article 4 min", "▶️ Listen to this story", "🔊 Listen to this article"])(
    "%s is furniture",
    (line) => {
      expect(isBoilerplate(line)).toBe(true);
    },
  );

  it("a story line after an icon stays a story line", () => {
    expect(isBoilerplate("✅ The two ministers agreed to meet again in Jakarta next spring.")).toBe(false);
  });
});

describe("tool rows with a font-size control or a feed reader's actions", () => {
  it.each(["E-mail | Print | Font size + -", "Print | E-mail | Text size A+ A-"])("%s is a tool bar", (line) => {
    expect(isToolBar(line)).toBe(true);
  });
});

describe("closing lines of replicas, apps and magazines", () => {
  it.each([
    "Printed and distributed by NewsStand Digital",
    "Catch all the World News and Latest Updates on Harbour Daily. Download The Harbour Daily App for the latest stories.",
    "An expert's point of view on a current event.",
  ])("%s is furniture", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it("a sentence about printing stays", () => {
    expect(isBoilerplate("The leaflets were printed and distributed by volunteers in three provinces.")).toBe(false);
  });
});
