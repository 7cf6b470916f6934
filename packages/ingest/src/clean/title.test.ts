import { describe, expect, it } from "vitest";
import { withoutSiteSuffix } from "./title.js";

describe("withoutSiteSuffix", () => {
  it.each([
    [
      "Vietnam, Germany pledge to deepen strategic partnership | Politics",
      "Vietnam, Germany pledge to deepen strategic partnership",
    ],
    ["Vietnam, New Zealand lift ties - VietnamPlus", "Vietnam, New Zealand lift ties"],
    ["Vietnam, New Zealand lift ties | Vietnam+ (VietnamPlus)", "Vietnam, New Zealand lift ties"],
    ["Xi's Hanoi visit lifts ties - Global Times", "Xi's Hanoi visit lifts ties"],
    ["Laos, Vietnam sign border deal | World | Asia Times", "Laos, Vietnam sign border deal"],
  ])("%s is %s", (title, kept) => {
    expect(withoutSiteSuffix(title)).toBe(kept);
  });

  it.each(["Vietnam - China relations enter a new era", "Vietnam - Laos", "Hanoi talks | a new chapter"])(
    "keeps %s, whose last part is no site's name",
    (title) => {
      expect(withoutSiteSuffix(title)).toBe(title);
    },
  );
});
