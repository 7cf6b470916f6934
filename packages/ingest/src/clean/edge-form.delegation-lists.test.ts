import { describe, expect, it } from "vitest";
import { edgeRecords, isPageRecord } from "./edge-form.js";

// A story's closing paragraph often lists the delegation: "Accompanying X were A, office; B, office; and C, office."
// Names and titles leave it few lower-case words and ";" joins its items, yet its verb makes it a sentence.
describe("a delegation list closing the story", () => {
  const story = [
    "The two sides agreed to expand cooperation in trade, education and tourism over the coming years.",
    "They also discussed ways to increase exchanges between the parties and the people of the two countries.",
  ];
  const lists = [
    "Accompanying the Chairman were Tran Van An, Chairman of the Committee for External Relations; Le Thi Binh, Vice Chairwoman of the Council for Ethnic Affairs; and Ho Minh Chau, Deputy Head of the Office.",
    "Members of the delegation included Dao Van Cuong, Assistant to the Head of the Commission; and Ms. Vu Thi Dung, Deputy Director General of the Department of Europe.",
  ];

  it.each(lists)("keeps %s", (list) => {
    expect(isPageRecord(list, story.join(" "))).toBe(false);
    expect(edgeRecords([...story, list])).toEqual([]);
  });

  it("still takes a breadcrumb or a stamp joined by ';' under the story", () => {
    expect(isPageRecord("Published: 12/03/2024; Updated: 13/03/2024; Views: 1204", story.join(" "))).toBe(true);
  });
});
