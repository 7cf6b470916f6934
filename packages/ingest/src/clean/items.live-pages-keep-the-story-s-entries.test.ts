import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 40: a live page on several stories (a summit's rolling coverage) sets the story's entries among entries on
// other stories, each opened by its clock stamp. The story's entries stay, with an entry that goes on about the same
// people without naming the country; entries on other stories go, and the story's headline is the title.
const clean = (text: string) => cleanArticle(normaliseText(text));

describe("a live page on several stories", () => {
  it("keeps the entries on Vietnam's ties and drops the other stories' entries", () => {
    const page = clean(
      [
        "Summit live: leaders meet on the second day in Lima",
        "Follow the latest as leaders of the Pacific economies meet in the Peruvian capital.",
        "",
        "18:10",
        "Storm closes the port of Callao",
        "High waves closed the port of Callao for the afternoon, and two cargo ships waited outside the harbour until the evening.",
        "",
        "16:45",
        "Vietnam and Peru agree to deepen their partnership",
        "Vietnamese President Luong Cuong and Peruvian President Dina Boluarte agreed on Thursday to deepen the comprehensive partnership between the two countries, with new flights and a plan for more trade in fruit and coffee.",
        "",
        "Luong Cuong also invited Dina Boluarte to visit Hanoi next year, officials from both sides said.",
        "",
        "15:20",
        "Boluarte hosts a lunch for Cuong",
        "Dina Boluarte hosted a lunch for Luong Cuong at the palace after the talks, with ministers of both governments at the table.",
        "",
        "13:05",
        "Chile's president arrives late",
        "The Chilean delegation landed two hours behind schedule after a technical fault in Santiago, and went straight to the first session.",
        "",
        "09:00",
        "Good morning and welcome to our rolling coverage of the second day of the summit in Lima.",
      ].join("\n"),
    );
    expect(page.body).toContain("deepen the comprehensive partnership");
    expect(page.body).toContain("hosted a lunch for Luong Cuong");
    expect(page.body).not.toContain("port of Callao");
    expect(page.body).not.toContain("technical fault");
    expect(page.body).not.toContain("rolling coverage");
    expect(page.hints.itemTitle).toBe("Vietnam and Peru agree to deepen their partnership");
  });

  it("leaves a live page alone whose entries all tell the story", () => {
    const page = clean(
      [
        "Live: the president's state visit to Vietnam",
        "",
        "18:10",
        "The president and General Secretary To Lam met at the Party headquarters in Hanoi for two hours of talks on trade and security.",
        "",
        "16:45",
        "The two leaders then walked around Hoan Kiem Lake in Hanoi, where crowds gathered to watch the motorcade.",
        "",
        "15:20",
        "Air Force One touched down at Noi Bai airport, where To Lam's deputy greeted the president on the tarmac.",
      ].join("\n"),
    );
    expect(page.body).toContain("two hours of talks");
    expect(page.body).toContain("Hoan Kiem Lake");
    expect(page.body).toContain("Air Force One touched down");
  });

  it("reads a live page on the subject's own regional summit whole", () => {
    const page = clean(
      [
        "ASEAN Summit live: leaders gather in Vientiane on the opening day",
        "",
        "18:10",
        "Storm delays the gala dinner",
        "Heavy rain delayed the gala dinner on the riverside by an hour, and guests waited under the tents of the convention centre.",
        "",
        "16:45",
        "Vietnam and Laos leaders meet on the sidelines",
        "Vietnamese Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone met on the sidelines of the summit and agreed to speed up work on a railway linking the two countries.",
        "",
        "15:20",
        "Timor-Leste's leader arrives",
        "Timor-Leste's prime minister arrived in Vientiane for the summit, where leaders are expected to set a date for the country's membership of the bloc.",
      ].join("\n"),
    );
    expect(page.body).toContain("railway linking the two countries");
    expect(page.body).toContain("set a date for the country's membership");
  });

  it("reads entries stamped with a clock and its zone ('4:45 PM ET') the same way", () => {
    const page = clean(
      [
        "Summit live: leaders meet on the second day in Lima",
        "Follow the latest as leaders of the Pacific economies meet in the Peruvian capital.",
        "",
        "6:10 PM ET",
        "High waves closed the port of Callao for the afternoon, and two cargo ships waited outside the harbour until the evening.",
        "",
        "4:45 PM ET",
        "Vietnamese President Luong Cuong and Peruvian President Dina Boluarte agreed on Thursday to deepen the comprehensive partnership between the two countries, with new flights and more trade in fruit.",
        "",
        "1:05 PM ET",
        "The Chilean delegation landed two hours behind schedule after a technical fault in Santiago, and went straight to the first session.",
      ].join("\n"),
    );
    expect(page.body).toContain("deepen the comprehensive partnership");
    expect(page.body).not.toContain("port of Callao");
    expect(page.body).not.toContain("technical fault");
  });
});
