import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * What a name keeps (READING.md: the fullest name the page gives, without honorifics unless part of the name): a Malay
 * style by birth ("Tengku") stays though the conferred honorifics after it go; "the Right Honourable" is a style, not a
 * name; a Philippine given name written short ("Ma.") opens the name; a fuller form given after a shorter one renames
 * the person; "Livestock" is a ministry's portfolio word.
 */
const people = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-11-20" })
    .entities.filter((e) => e.type === "person")
    .map((p) => ({ name: p.name, roles: p.roles.map((r) => r.role) }));
const quotes = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-11-20" }).quotes.map((q) => ({ speaker: q.speaker, text: q.text }));

describe("what a person's name keeps", () => {
  it("keeps an honorific that with the name spells a known figure's name, and files the bare name under it", () => {
    const body = [
      "Prime Minister Sheikh Hasina opened a trade fair in Dhaka on Sunday.",
      '"Our exporters are ready for new markets," Hasina told the guests.',
    ].join("\n\n");
    expect(people(body)).toEqual([{ name: "Sheikh Hasina", roles: ["Prime Minister"] }]);
    expect(quotes(body).map((q) => q.speaker)).toEqual(["Sheikh Hasina"]);
  });

  it("reads a Turkish dotless i and its plain spelling as one name", () => {
    const body = [
      "Vice President Cevdet Yılmaz met Pham Binh Minh in Ankara on Monday.",
      '"We want to double our trade within three years," Yilmaz told reporters.',
    ].join("\n\n");
    expect(quotes(body).map((q) => q.speaker)).toEqual(["Cevdet Yılmaz"]);
  });
  it("keeps a style by birth before the honorifics and drops the honorifics", () => {
    const found = people(
      "Also present were Foreign Minister Datuk Seri Mohamad Hasan and Trade Minister Tengku Datuk Seri Zafrul Abdul Aziz.",
    );
    expect(found.map((p) => p.name)).toEqual(["Mohamad Hasan", "Tengku Zafrul Abdul Aziz"]);
  });

  it("files 'Tengku Zafrul' later under the full name", () => {
    const body =
      'Trade Minister Tengku Datuk Seri Zafrul Abdul Aziz attended the talks. Tengku Zafrul said: "We will double our trade with Vietnam within five years."';
    expect(people(body).map((p) => p.name)).toEqual(["Tengku Zafrul Abdul Aziz"]);
    expect(quotes(body)[0]?.speaker).toBe("Tengku Zafrul Abdul Aziz");
  });

  it("reads 'the Right Honourable' as a style before the name", () => {
    const found = people(
      "Prime Minister Nguyen Xuan Phuc held talks with the Right Honourable Justin Trudeau, Prime Minister of Canada.",
    );
    expect(found.map((p) => p.name)).toContain("Justin Trudeau");
    expect(found.map((p) => p.name).some((n) => /Honourable/.test(n))).toBe(false);
  });

  it("reads 'Ma.' as the start of a Philippine name, not a sentence's end", () => {
    const found = people(
      "The delegation included Undersecretary for Bilateral Relations Ma. Lourdes O. Yparraguirre. Ambassador Ly Quoc Tuan led the embassy's team.",
    );
    expect(found.map((p) => p.name)).toEqual(["Ma. Lourdes O. Yparraguirre", "Ly Quoc Tuan"]);
  });

  it("renames a person first named by the last words of the full name given later", () => {
    const body =
      'Lula da Silva opened the summit. Later President Luiz Inácio Lula da Silva said: "Vietnam has shown the world how to grow fast."';
    expect(people(body).map((p) => p.name)).toEqual(["Luiz Inácio Lula da Silva"]);
    expect(quotes(body)[0]?.speaker).toBe("Luiz Inácio Lula da Silva");
  });

  it("reads 'Livestock' as part of a ministry's portfolio before an apposed name", () => {
    const found = people(
      "The meeting was attended by the Minister of Agriculture and Livestock, Carlos Fávaro, and trade officials.",
    );
    expect(found).toEqual([{ name: "Carlos Fávaro", roles: ["Minister of Agriculture and Livestock"] }]);
  });
});
