import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.js";
import { mendGluedWords } from "./glued-words.js";

// Round 46: an agency's CMS, and every mirror that copies it, drops the space where its source broke a line, so a
// page prints "Minister of Foreign AffairsJane Roe" and "deepen thecomprehensive partnership". Texts are written for
// the tests.
describe("words a line break ran together", () => {
  const lead = "Minister of Foreign Affairs Jane Roe met her counterpart Kofi Mensah in Accra on Monday.";

  it("sets a capitalised word apart from the word it was run onto when both stand alone elsewhere", () => {
    const text = `${lead}\n\nThe Minister of Foreign AffairsJane Roe said the talks were useful.`;
    expect(mendGluedWords(text)).toContain("Minister of Foreign Affairs Jane Roe said");
  });

  it("sets a small word apart from the word it opens or closes", () => {
    const text =
      "The two countries deepened their comprehensive partnership.\n\nThey agreed to widen thecomprehensive partnership and to meet onthe border.";
    expect(mendGluedWords(text)).toContain("widen the comprehensive partnership and to meet on the border");
  });

  it("sets a small word apart from a word a level or a rank is read by, printed nowhere else", () => {
    expect(mendGluedWords("Ghana has been thelargest buyer of the rice for years.")).toBe(
      "Ghana has been the largest buyer of the rice for years.",
    );
  });

  it("sets apart a pronoun and its verb of saying, and two words a level is read by", () => {
    expect(mendGluedWords('"We will keep talking," hesaid of the comprehensivestrategic partnership.')).toBe(
      '"We will keep talking," he said of the comprehensive strategic partnership.',
    );
  });

  it("sets a name apart from the verb run onto it", () => {
    const text = `${lead}\n\nKofi Mensahsaid his country would open an embassy.`;
    expect(mendGluedWords(text)).toContain("Kofi Mensah said his country");
  });

  it("puts the space back between a month and its day", () => {
    expect(mendGluedWords("They met on April6 in Accra.")).toBe("They met on April 6 in Accra.");
    expect(mendGluedWords("The fair opened on Sept12 in Lagos.")).toBe("The fair opened on Sept 12 in Lagos.");
  });

  it("keeps words whose parts the text does not print alone", () => {
    const text = "Shares of VinaCapital rose as McKinsey and SeaBank reported, said the theory of the bulletin.";
    expect(mendGluedWords(text)).toBe(text);
  });

  it("keeps real words that look like a join of words the text prints alone", () => {
    const text =
      "The ministers met in the capital. They will often meet again, within the year, to go into detail; the bulletin says the theme is trade, and the begin date is set.";
    expect(mendGluedWords(text)).toBe(text);
  });

  it("keeps brand names, hashtags and handles written run together on purpose", () => {
    const text = "Watch on YouTube or Tube. Follow #VietNamGhana and @JaneRoe; Jane Roe and Ghana agreed in Accra.";
    expect(mendGluedWords(text)).toBe(text);
  });

  it("leaves a capitalised word alone when the text prints it so more than once", () => {
    const text = "Roland said it. Roland agreed with Rol and the team, and Rol said so.";
    expect(mendGluedWords(text)).toBe(text);
  });

  it("mends the cleaned body of a copied page", () => {
    const page = [
      "Ghana and Vietnam deepen ties",
      "Hanoi (VNA) – Minister of Foreign Affairs Jane Roe held talks with her Ghanaian counterpart Kofi Mensah on March 3 to review their comprehensive partnership.",
      "The two ministers agreed to deepen thecomprehensive partnership set up in 2015, and Minister of Foreign AffairsJane Roe invited Kofi Mensah to visit again.",
    ].join("\n");
    const body = cleanArticle(page).body;
    expect(body).toContain("deepen the comprehensive partnership");
    expect(body).toContain("Minister of Foreign Affairs Jane Roe invited");
  });
});
