import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { extractHtml } from "../read/html.js";
import { isEndMark, isStaffCredit } from "./boilerplate.js";
import { cleanArticle } from "./index.js";
import { echoes, isForeignScriptLine, isLatinPage, isSiteNote, isStrangerNote, readsAsProse } from "./story-model.js";

// Cleaning round 6 (issue 11): noise left by the page's structure rather than by a wording. Each rule reads where a
// line stands (above the story's first prose paragraph, inside it, under its last, past its end mark), what element
// held it in the HTML, and whether the page sets the same line twice. Every wording here is our own.
const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n");

const TITLE = "Mongolia and Laos agree to open direct flights";
const LEAD =
  "Mongolia and Laos agreed on Tuesday to open a direct air route between Ulaanbaatar and Vientiane next year, the two foreign ministers said after talks.";
const MORE =
  "The ministers also signed a memorandum on education that will bring forty Lao students to Mongolian universities each year, officials said.";
const LAST =
  "The two sides will hold their next round of consultations in Vientiane in the autumn, according to a statement from the ministry.";
const STORY = [LEAD, MORE, LAST].join("\n\n");

function bodyWith(...middle: string[]): string {
  return clean(lines(TITLE, LEAD, ...middle)).body;
}

describe("page structure: lines that are never the story's", () => {
  it.each([
    [
      "a staff credit of several clauses",
      "Reported by the Agency's English Service. Translated by Lan Pham. Edited by Tom Reyes.",
    ],
    ["a translator's credit", "Translated by B.Tsetseg"],
    ["a copy in another script", "Монгол Улс болон Лаос улс шууд нислэг нээхээр тохиролцлоо."],
    ["a date in figures", "2025.04.08."],
    ["a stamp of a clock time and a place's day", "16:35 | Vientiane, Apr. 8."],
    ["a bracketed editor's note", "(Note: The minister's remarks were made through an interpreter.)"],
    ["a pager's arrow", "‹ Previous"],
    [
      "a comment box's rules",
      "Comments are moderated. Abusive remarks will be removed and the user banned at our discretion.",
    ],
  ])("drops %s wherever it stands", (_shape, furniture) => {
    expect(bodyWith(MORE, furniture, LAST)).toBe(STORY);
  });

  it("drops what stands past the story's end mark, however it reads", () => {
    const body = bodyWith(
      MORE,
      LAST,
      "-END-",
      "For further information, please contact:",
      "Press Section, Embassy of Laos",
    );
    expect(body).toBe(STORY);
  });

  it("drops a gallery's slides above the story: counter, caption, credit and button, slide by slide", () => {
    const gallery = [
      "1/4",
      "The two ministers shake hands before the talks in Ulaanbaatar.",
      "Montsame/Bat Erdene",
      "Download",
      "2/4",
      "The delegations at the signing ceremony in the State Palace.",
      "Montsame/Bat Erdene",
      "Download",
    ];
    expect(clean(lines(TITLE, ...gallery, LEAD, MORE, LAST)).body).toBe(STORY);
  });

  it("drops a caption over the lead that says what the lead says, credit and all", () => {
    const caption =
      "Mongolia and Laos agreed to open a direct air route between Ulaanbaatar and Vientiane, the foreign ministers said after talks. — MONTSAME";
    expect(clean(lines(TITLE, caption, LEAD, MORE, LAST)).body).toBe(STORY);
  });

  it("splits a caption glued to the story's dateline with no space", () => {
    const glued = `The foreign ministers at the talks on Tuesday. KPL/Noy SengUlaanbaatar (MONTSAME) - ${LEAD}`;
    const cleaned = clean(lines(TITLE, glued, MORE, LAST));
    expect(cleaned.body).not.toContain("KPL/Noy Seng");
    expect(cleaned.body).toContain("Mongolia and Laos agreed on Tuesday");
  });

  it("drops a closing note on the author, whom the story never names", () => {
    const note = "Dulguun Batbayar is a visiting fellow at the Centre for Northeast Asian Studies in Ulaanbaatar.";
    expect(bodyWith(MORE, LAST, note)).toBe(STORY);
  });

  it("drops the byline author's note whatever the capitals of the role, and keeps a note on someone else", () => {
    const own = "Dulguun Batbayar is a Visiting Fellow at the Centre for Northeast Asian Studies.";
    expect(clean(lines(TITLE, "By Dulguun Batbayar", LEAD, MORE, LAST, own)).body).toBe(STORY);
    const other = "Tuya Ganbold is a senior fellow at the Centre for Northeast Asian Studies.";
    expect(clean(lines(TITLE, "By Dulguun Batbayar", LEAD, MORE, LAST, other)).body).toContain(other);
  });

  it("drops the letterhead set again between the story's pages as a running head", () => {
    const page = lines(
      "EMBASSY OF MONGOLIA",
      "IN THE LAO PEOPLE'S DEMOCRATIC REPUBLIC",
      "PRESS RELEASE",
      TITLE,
      LEAD,
      "EMBASSY OF MONGOLIA IN VIENTIANE — PRESS RELEASE No. 4/2025",
      MORE,
      LAST,
    );
    expect(clean(page).body).toBe(STORY);
  });

  it("drops a promotion set inside the story and again under it, with its box's label", () => {
    const promo = "Keep this newsletter free for every reader by backing our small team";
    const body = bodyWith("Reader-backed", promo, MORE, LAST, `${promo}.`);
    expect(body).toBe(STORY);
  });

  it("credits the agency a story came through from a closing 'via' line", () => {
    const named = clean(lines(TITLE, LEAD, MORE, LAST, "via Xinhua"));
    expect(named.body).toBe(STORY);
    expect(named.hints.source).toBe("Xinhua");
    // An agency no list knows, set in initials, is credited as the page writes it.
    expect(clean(lines(TITLE, LEAD, MORE, LAST, "via MNA")).hints.source).toBe("MNA");
  });
});

describe("page structure: story lines that look short or odd are kept", () => {
  it.each([
    ["a one-line quote", '"We will fly before the snow comes," the minister said.'],
    [
      "a list of partners with their years",
      "Laos also has comprehensive partnerships with Cambodia (2012), Japan (2015) and Vietnam (2019).",
    ],
    ["a sentence about a translation", "The statement was translated by the ministry into four languages."],
    ["a sentence that opens on 'via'", "via Beijing, the route would take nine hours, the airline said."],
    [
      "a name in its own script inside a sentence",
      "The Khural chairman (Ганбаатар) also received the delegation in the afternoon.",
    ],
    ["a sentence about comments", "The minister declined to comment on the border talks, the ministry said."],
  ])("keeps %s inside the story", (_shape, line) => {
    expect(bodyWith(MORE, line, LAST)).toContain(line);
  });

  it("keeps a closing paragraph about someone the story quoted above", () => {
    const quoted = 'Tuya Ganbold, a researcher in Ulaanbaatar, said: "Flights matter more than statements."';
    const note = "Ganbold is a researcher at the National University of Mongolia.";
    expect(bodyWith(MORE, quoted, LAST, note)).toContain(note);
  });

  it("keeps the headline even when the lead repeats most of its words", () => {
    const headline =
      "Joint Statement on the Official Visit of the Foreign Minister of Mongolia to the Lao People's Democratic Republic";
    const lead =
      "1. At the invitation of the Foreign Minister of the Lao People's Democratic Republic, the Foreign Minister of Mongolia paid an official visit to the Lao People's Democratic Republic.";
    expect(clean(lines(headline, lead, MORE, LAST)).hints.title).toBe(headline);
  });

  it("keeps a pull quote's story line when the page sets the quote twice", () => {
    const quote = '"Flights are the first step," Batbayar said.';
    expect(bodyWith(quote, MORE, LAST, quote)).toContain(quote);
  });
});

describe("story model: round 6 features", () => {
  it.each([
    ["Ulaanbaatar and Vientiane will open flights next year.", false],
    ["Монгол Улс болон Лаос улс шууд нислэг нээхээр тохиролцлоо.", true],
    ["ສອງຝ່າຍໄດ້ລົງນາມເອກະສານການຮ່ວມມື ໃນຂົງເຂດພະລັງງານ.", true],
    ["Xi Jinping (习近平) met the Lao president in Beijing on Friday.", false],
    ["Лао", false],
  ])("reads %j as foreign script: %s", (line, foreign) => {
    expect(isForeignScriptLine(line)).toBe(foreign);
  });

  it("weighs lines against the page's own script", () => {
    expect(isLatinPage([LEAD, MORE, "Монгол Улс"])).toBe(true);
    expect(isLatinPage(["Монгол Улс болон Лаос улс", "шууд нислэг нээхээр тохиролцлоо"])).toBe(false);
  });

  it.each([
    [
      "Keep this newsletter free for every reader by backing our team",
      "Keep this newsletter free for every reader by backing our small team.",
      true,
    ],
    [
      "Trade between the two countries rose to 80 million dollars",
      "Flights between the two capitals will start in May next year",
      false,
    ],
    ["Short label", "Short label", false],
  ])("reads %j as an echo of %j: %s", (line, other, echo) => {
    expect(echoes(line, other)).toBe(echo);
  });

  it.each([
    [
      "Dulguun Batbayar is a visiting fellow at the Centre for Northeast Asian Studies.",
      "A story about flights.",
      true,
    ],
    ["Dunyo Press is an international news agency based in Tashkent. It serves sixty countries.", "A story.", true],
    ["Ganbold is a researcher at the National University.", "said Tuya Ganbold", false],
    ['Le Van Tam is a researcher who said: "Flights matter."', "A story.", false],
    ["The airline is the national carrier of Mongolia.", "A story.", false],
  ])("reads %j as a note on a stranger to the story: %s", (note, story, stranger) => {
    expect(isStrangerNote(note, story)).toBe(stranger);
  });

  it("calls a year in brackets no gallery counter: a list of partners reads as prose", () => {
    expect(
      readsAsProse("Vietnam also has partnerships with Venezuela (2007), Argentina (2010) and Mexico (2013)."),
    ).toBe(true);
    expect(readsAsProse("Photo gallery (12)")).toBe(false);
  });

  it("reads a call to support the site, and a comment box's rules, as notes about the site", () => {
    expect(isSiteNote("Help keep this newsletter free for all readers by supporting our team")).toBe(true);
    expect(isSiteNote("Comments are moderated; abusive posts are removed and the user banned.")).toBe(true);
    expect(isSiteNote("Vietnam also has partnerships with Venezuela (2007), Argentina (2010) and Mexico (2013).")).toBe(
      false,
    );
  });

  it.each([
    ["Reported by the Agency's English Service. Translated by Lan Pham.", true],
    ["Reported by the agency's English desk", false],
    ["Written in English by Ben Ortiz", true],
    ["Written by hand", false],
    ["The statement was translated by the ministry.", false],
  ])("reads %j as a staff credit: %s", (line, credit) => {
    expect(isStaffCredit(line)).toBe(credit);
  });

  it.each([
    ["-END-", true],
    ["(END) SDD/JCC", true],
    ["###", true],
    ["-30-", true],
    ["The End of an era", false],
    ["Ends", false],
  ])("reads %j as an end mark: %s", (line, mark) => {
    expect(isEndMark(line)).toBe(mark);
  });
});

describe("HTML structure: what the element says", () => {
  const page = (inner: string) =>
    `<!DOCTYPE html><html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>${inner}</article></body></html>`;
  const text = (inner: string) => {
    const read = extractHtml(page(inner));
    if (!read.ok) throw new Error(read.reason);
    return read.text;
  };
  const story = `<p>${LEAD}</p><p>${MORE}</p><p>${LAST}</p>`;

  it.each([
    [
      "a caption in a classed div beside an image",
      `<div class="media"><img src="a.jpg"><div class="imageCaption">The ministers at the talks in Vientiane. Photo: KPL</div></div>`,
      "The ministers at the talks",
    ],
    [
      "an embedded post",
      `<div class="fb-post-embed"><blockquote><p>Glad to welcome my friend to Vientiane today!</p></blockquote></div>`,
      "Glad to welcome",
    ],
    [
      "an ad slot",
      `<div class="ad-unit"><span>Advertisement</span><span>Advertise with us.</span></div>`,
      "Advertise with us",
    ],
  ])("drops %s before Readability can turn it into a paragraph", (_shape, element, words) => {
    const read = text(`<p>${LEAD}</p>${element}<p>${MORE}</p><p>${LAST}</p>`);
    expect(read).not.toContain(words);
    expect(read).toContain(LAST);
  });

  it("sets inline items glued in a row of their own on lines of their own", () => {
    const read = text(`<div class="meta"><time>8 Apr, 2025 05:30 AM</time><span>3 mins to read</span></div>${story}`);
    expect(read).not.toContain("AM3 mins");
  });

  it("keeps inline words in a sentence together", () => {
    const read = text(
      `<p><b>Vientiane</b> and <i>Ulaanbaatar</i> will open flights, the <a>ministry</a> said.</p>${story}`,
    );
    expect(read).toContain("Vientiane and Ulaanbaatar will open flights, the ministry said.");
  });

  it("reads a date the page states in a sentence of its own", () => {
    const read = extractHtml(
      page(`<div class="note">This content was published on April 8, 2025 - 10:40</div>${story}`),
    );
    expect(read.ok && read.metadata.published).toBe("April 8, 2025 - 10:40");
  });
});
