import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 25: a speech posted in full is one quote of its speaker, from the salutation; a briefing whose spokesperson is
 * named only in the byline and labelled 'MR SURNAME:' in the transcript; a briefing's opening statement before its
 * first question; the same words of the same speaker repeated by a live blog's navigation.
 */
const quotesOf = (body: string, byline?: string, title?: string) =>
  analyseArticle(body, { byline, title }).quotes.map((q) => [q.speaker, q.text.split(/\s+/).slice(0, 4).join(" ")]);

describe("a speech posted in full", () => {
  it("quotes the whole speech from its salutation, for the one person named above it and not greeted", () => {
    const body = [
      "Below is the text of the address by President Anna Keller of Austria at the state banquet in Hanoi:",
      "Your Excellency, President Luong Cuong,",
      "Distinguished guests,",
      "Dear friends,",
      "I am delighted to return to Vietnam, a country whose people I have long admired.",
      "Our trade has doubled in a decade, and we want to do more in rail and clean water.",
    ].join("\n");
    expect(quotesOf(body)).toEqual([["Anna Keller", "Your Excellency, President Luong"]]);
  });

  it("takes the speaker from a line of name and office above the salutation, and stops at a labelled turn", () => {
    const body = [
      "Tran Quoc Bao, Deputy Minister of Foreign Affairs, Viet Nam",
      "Professor Helen Ward,",
      "Excellencies,",
      "Ladies and gentlemen,",
      "Let me begin by thanking the organisers for bringing us together in this beautiful city.",
      "Helen Ward: Deputy Minister, thank you very much for those remarks and for your time.",
      "Tran Quoc Bao: It was my pleasure to be here with all of you today.",
    ].join("\n");
    expect(quotesOf(body)).toEqual([
      ["Tran Quoc Bao", "Professor Helen Ward, Excellencies,"],
      ["Helen Ward", "Deputy Minister, thank you"],
      ["Tran Quoc Bao", "It was my pleasure"],
    ]);
  });

  it("takes the speaker from the page's heading when the body names nobody above the salutation", () => {
    const body = [
      "Excellencies,",
      "Ladies and gentlemen,",
      "I am glad to open this forum, and I thank our hosts for their warm welcome.",
    ].join("\n");
    expect(quotesOf(body, undefined, "Remarks by Prime Minister Erik Dahl at the Business Forum")).toEqual([
      ["Erik Dahl", "Excellencies, Ladies and gentlemen,"],
    ]);
  });

  it("reads no speech from a report's short lines that do not speak in the first person", () => {
    const body = [
      "President Anna Keller of Austria arrived in Hanoi on Monday.",
      "Friends of the orchestra,",
      "guests of the embassy,",
      "The concert was held at the Opera House and drew a large crowd of music lovers.",
    ].join("\n");
    expect(quotesOf(body)).toEqual([]);
  });
});

describe("a briefing whose spokesperson is named only in the byline", () => {
  const body = [
    "MR HOLT: Good afternoon. Let me start with the Secretary's trip to Hanoi this week, where talks went well.",
    "QUESTION: Will there be a new agreement on energy?",
    "MR HOLT: We are still discussing the details with our partners and I have nothing to announce today.",
    "QUESTION: And on the sea?",
    "MR HOLT: Our position on freedom of navigation has not changed at all.",
  ].join("\n");

  it("names the labels' speaker from a byline holding that surname, with the byline's office", () => {
    const a = analyseArticle(body, { byline: "Daniel Holt, Deputy Spokesperson" });
    const holt = a.entities.find((e) => e.type === "person" && e.name === "Daniel Holt");
    expect(holt?.roles.map((r) => r.role)).toEqual(["Deputy Spokesperson"]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(["Daniel Holt", "Daniel Holt", "Daniel Holt"]);
  });

  it("does not take a byline whose surname no label carries", () => {
    expect(quotesOf(body, "Sarah Lin, Staff Reporter")).toEqual([]);
  });
});

describe("a briefing's opening statement", () => {
  it("quotes the statement from its greeting to the first question, for the spokesperson who answers", () => {
    const body = [
      "Good afternoon. The Foreign Minister will visit Vietnam next week for talks on trade and security cooperation.",
      "Q: What will be signed during the visit?",
      "A: Several documents on trade and education are being prepared by the two sides.",
      "Q: Will the minister meet the Prime Minister?",
      "A: The schedule is still being arranged and will be announced in due course.",
    ].join("\n");
    expect(quotesOf(body, undefined, "Regular Press Briefing by Spokesperson Kang Min-jae")).toEqual([
      ["Kang Min-jae", "Good afternoon. The Foreign"],
      ["Kang Min-jae", "Several documents on trade"],
      ["Kang Min-jae", "The schedule is still"],
    ]);
  });
});

describe("the same words repeated on a page", () => {
  it("keeps one quote when a live blog's navigation repeats an entry's heading", () => {
    const body = [
      "Skip next section Korea's Lee: 'Our partnership with Vietnam is stronger than ever'",
      "Korea's Lee: 'Our partnership with Vietnam is stronger than ever'",
      "South Korean President Lee Jae-myung spoke to reporters after the talks in Hanoi on Monday.",
    ].join("\n");
    expect(quotesOf(body)).toEqual([["Lee Jae-myung", "Our partnership with Vietnam"]]);
  });

  it("keeps one quote when a pull quote repeats the speaker's words from the body", () => {
    const body = [
      "South Korean President Lee Jae-myung spoke in Hanoi on Monday.",
      '"Our partnership with Vietnam is stronger than ever," Lee said.',
      '"Our partnership with Vietnam is stronger than ever," Lee said.',
    ].join("\n");
    expect(quotesOf(body)).toEqual([["Lee Jae-myung", "Our partnership with Vietnam"]]);
  });
});
