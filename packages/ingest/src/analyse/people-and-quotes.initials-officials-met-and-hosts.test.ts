import { describe, expect, it } from "vitest";
import nameData from "./data/person-names.json" with { type: "json" };
import { analyseArticle } from "./index.js";

// The data says whether a name keeps its middle initial and inner honorific ("fullestNames"); either way the shorter and
// the fuller mention are one person.
const filed = (fullest: string, short: string) => (nameData.fullestNames ? fullest : short);

/*
 * People, their offices and who said what, in structures the pages nobody tuned for print: a name given once with a
 * middle initial or a middle name and later without it, officials met listed with long titles, an aside before "said",
 * a counterpart whose host is named in a relative clause or after him, and a pronoun after a role that opens the
 * sentence before. Sentences are written fresh, in other words than any page.
 */
const roleOf = (body: string, name: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person" && e.name === name)
    .flatMap((e) => (e.roles ?? []).map((r) => r.role.toLowerCase()));
const names = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => e.name);
const speakers = (body: string) => analyseArticle(body, {}).quotes.map((q) => q.speaker);

describe("one person, however fully each mention names him", () => {
  it("files a later mention without the middle initial under the same person", () => {
    const body =
      "Senator Carmen D. Villaraza opened the forum in Manila. Carmen Villaraza said later that the talks had gone well.";
    expect(names(body)).toEqual([filed("Carmen D. Villaraza", "Carmen Villaraza")]);
  });

  it("files an earlier mention without the inner honorific under the same person", () => {
    const body =
      "Datuk Seri Hamzah Zainal spoke first. Later Prime Minister Datuk Seri Hamzah Tun Zainal thanked the guests.";
    expect(names(body)).toEqual([filed("Hamzah Tun Zainal", "Hamzah Zainal")]);
  });

  it("reads a middle initial that is also an English word", () => {
    const body = "Speaker of the House of Representatives Jaime A. Roxas welcomed the delegation.";
    expect(names(body)).toEqual([filed("Jaime A. Roxas", "Jaime Roxas")]);
  });
});

describe("officials met, listed with long titles", () => {
  it("gives each name in a list its own chamber title", () => {
    const body =
      "The minister called on Speaker of the House of Commons Harriet Pole and Chairman of the State Duma Oleg Petrenko.";
    expect(roleOf(body, "Harriet Pole")).toEqual(["speaker of the house of commons"]);
    expect(roleOf(body, "Oleg Petrenko")).toEqual(["chairman of the state duma"]);
  });

  it("keeps a title after a comma for the name before it, and the next title for the name after it", () => {
    const body =
      "She will meet Do Van Chinh, chairman of the National Assembly, Vice President Le Thi Hoa and Mai Van Son, the mayor.";
    expect(roleOf(body, "Do Van Chinh")).toEqual(["chairman of the national assembly"]);
    expect(roleOf(body, "Le Thi Hoa")).toEqual(["vice president"]);
  });

  it("reads a chamber's word after a body as part of the body's name, no title of its own", () => {
    // READING.md reads roles whole: the body before a lower-case title stays with it (round 35).
    expect(roleOf("White House spokeswoman Dana Holt said the visit would go ahead.", "Dana Holt")).toEqual([
      "white house spokeswoman",
    ]);
  });
});

describe("a speaker named with an aside before the speech verb", () => {
  it("reads the name before a relative clause and 'said:' as the speaker", () => {
    const body =
      'Ruslan Omarov, who manages a port in Da Nang, said: "The new berths will be full before they are finished."';
    expect(speakers(body)).toEqual(["Ruslan Omarov"]);
  });

  it("gives the analyst introduced last the pronoun's quotation", () => {
    const body =
      '"The ladder matters more than the rung," said Tran Bao Ngoc, a lecturer in Hanoi. Henrik Dahl, a Baltic trade specialist at a university in Riga, said firms read it differently. "They read a ranking as a promise of market access," he said.';
    expect(speakers(body)).toEqual(["Tran Bao Ngoc", "Henrik Dahl"]);
  });
});

describe("a counterpart's host and a role before a pronoun", () => {
  it("skips a person named in a relative clause when finding the host", () => {
    const body =
      "Trade Minister Ayesha Karim, who travelled with President Farid Osman, met her Vietnamese counterpart Lam Quoc Bao.";
    expect(roleOf(body, "Lam Quoc Bao")).toEqual(["trade minister"]);
  });

  it("takes the host named after the counterpart when none is named before", () => {
    const body =
      "Standing beside his Vietnamese counterpart Vu Duc Long, Foreign Minister Pieter Maas said the talks went well.";
    expect(roleOf(body, "Vu Duc Long")).toEqual(["foreign minister"]);
  });

  it("does not point 'the leader' at a deputy named later", () => {
    const body =
      'President Aldo Mendes and President Tran Quoc Hai met in Hanoi. Foreign Minister Bui Van Tien and Portuguese Deputy Prime Minister Rui Costa signed the accord. The Portuguese leader praised the deal. "This is the start of a long road together," he said.';
    expect(speakers(body)).toEqual(["Aldo Mendes"]);
  });

  it("reads the subject after an opening phrase as the one a later 'he' refers to", () => {
    const body =
      'Speaking alongside his counterpart Tran Van Duc, President Karl Lind said the ban was over.\n\n"The decision rests on our own long review of the ties," he said.';
    expect(speakers(body)).toEqual(["Karl Lind"]);
  });
});

describe("a source named by 'according to', and titles with their body or region inside", () => {
  it("gives reported words to the subject after the source, not to the source", () => {
    const body =
      'Prime Minister Malee Chaiyo met General Secretary Dinh Van Hoa on Monday.\n\nAccording to government spokesperson Anong Srisuk, the Thai Prime Minister told her guest that the deal "would let both sides trade more rice and fewer complaints."';
    expect(speakers(body)).toEqual(["Malee Chaiyo"]);
    expect(roleOf(body, "Anong Srisuk")).not.toContain("prime minister");
  });

  it("takes a surname two people share as the one named last", () => {
    const body =
      'Deputy Minister Nguyen Van Tuan chaired the meeting. "The rank is what matters," said Nguyen Thi Lien, a lecturer in Hue.\n\nNguyen, a visiting scholar at a Seoul institute, said the slogan carried "far less weight at home than it does abroad", in her view.';
    expect(speakers(body)).toEqual(["Nguyen Thi Lien", "Nguyen Thi Lien"]);
  });

  it("keeps a seat of government before a lower-case head", () => {
    expect(roleOf("Pentagon spokesman Carl Reed said the ships would stay.", "Carl Reed")).toEqual([
      "pentagon spokesman",
    ]);
  });

  it("reads a region in capitals inside a lower-case title", () => {
    expect(roleOf("said Mira Osei, chief Africa strategist at a bank in Accra.", "Mira Osei")).toEqual([
      "chief africa strategist at a bank",
    ]);
  });
});
