import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";
import { peopleOf } from "../testing/people-readings.js";

const names = (body: string) => peopleOf(body).map((p) => p.name);

// Round 59: a Vietnamese given name that is spelt like an English word ("Thể", "The") can close the name, not only sit
// inside it.
describe("a Vietnamese name closing on a syllable spelt like an English word", () => {
  it("keeps the syllable written with its tone mark", () => {
    expect(names("Minister of Health Đỗ Văn Thể opened the clinic on Monday.")).toEqual(["Đỗ Văn Thể"]);
  });

  it("keeps the plain spelling before a lower-case verb", () => {
    expect(names("Deputy Minister Phan Van The said the port would reopen.")).toEqual(["Phan Van The"]);
  });
});

// Round 59: a family name spelt as a pronoun ("He") right after a title's last word opens a name; the quote
// closed by "He said" after it is that person's.
describe("a family name spelt as a pronoun after a title", () => {
  const body =
    'Chinese Consul General to Laos He Lanfang said earlier that ports had reopened. "Ports open, markets follow, this is a circle," He said, adding more.';

  it("is read as the name", () => {
    expect(names(body)).toContain("He Lanfang");
  });

  it("is not read at the start of a sentence", () => {
    expect(names("He Visited the port on Monday, officials said.")).toEqual([]);
  });

  it("speaks the quote the pronoun-like surname closes", () => {
    expect(analyseArticle(body, {}).quotes.map((q) => q.speaker)).toEqual(["He Lanfang"]);
  });
});
