import { describe, expect, it } from "vitest";
import { groupRepeats, normaliseText } from "./repeats.js";

const texts = (groups: Array<Array<{ text: string }>>) => groups.map((group) => group.map((item) => item.text));

describe("groupRepeats", () => {
  it("normalises case, punctuation and spacing", () => {
    expect(normaliseText("“We  welcome, the Partnership!”")).toBe("we welcome the partnership");
  });

  it("groups the same words, a truncated copy and a copy with a small edit; keeps different quotes apart", () => {
    const items = [
      { text: "We highly value the partnership that has grown strongly since 2020 through concrete measures." },
      { text: "We highly value the partnership that has grown strongly since 2020…" },
      { text: "“We highly value the partnership that has grown strongly since 2020 through concrete measures”" },
      { text: "We highly value the partnership which has grown strongly since 2020 through concrete measures." },
      { text: "We highly value our friends." },
      { text: "Trade must grow in a more balanced way." },
    ];
    expect(texts(groupRepeats(items, (item) => item.text))).toEqual([
      [items[0]?.text, items[1]?.text, items[2]?.text, items[3]?.text],
      [items[4]?.text],
      [items[5]?.text],
    ]);
  });

  it("does not join a short shared opening: a prefix must be long enough to be the same quote", () => {
    const items = [{ text: "We agree." }, { text: "We agree on many things with our partners today." }];
    expect(groupRepeats(items, (item) => item.text)).toHaveLength(2);
  });

  it("keeps the same words by different speakers apart", () => {
    const items = [
      { text: "Cooperation will deepen further in the years ahead.", speaker: 1 },
      { text: "Cooperation will deepen further in the years ahead.", speaker: 2 },
    ];
    expect(
      groupRepeats(
        items,
        (item) => item.text,
        (item) => item.speaker,
      ),
    ).toHaveLength(2);
  });
});
