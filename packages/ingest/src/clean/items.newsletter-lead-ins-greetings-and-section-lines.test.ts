import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { leadIn } from "./items.js";

// Round 48: a morning newsletter runs each item's bold lead-in into its prose ("<Lead-in> | <text>", "<Lead-in>.
// <text>"); the story's lead-in is its headline, the other items and the greeting summarising them all are noise.
const read = (lines: readonly string[]) => cleanArticle(normaliseText(lines.join("\n")));

const barredMail = [
  "Subject: Dawn Brief: Hanoi deal signed, port strike ends, rain on the way",
  "",
  "Dawn Brief",
  "By Lou Harper",
  "",
  "Good morning. Our prime minister has put his name to a new pact with Vietnam, the port strike is over and the weekend looks wet.",
  "",
  "Top stories",
  "",
  "'A new chapter' | Vietnam and New Zealand agreed on Tuesday to lift their ties to a comprehensive strategic partnership after talks between the two prime ministers in Wellington.",
  "",
  "Trade between the two countries reached about NZ$2bn last year, and both leaders said they wanted to double it by the end of the decade.",
  "",
  "Port strike over | Dock workers in Lyttelton returned to work after a deal on rosters was reached late on Monday night.",
  "",
  "Rain warning | Forecasters said heavy rain would reach the lower North Island by Friday afternoon, with flooding possible.",
];

describe("a newsletter whose items open on a lead-in and a bar", () => {
  it("keeps the story's item under a 'Top stories' section line instead of cutting it as links", () => {
    const body = read(barredMail).body;
    expect(body).toContain("comprehensive strategic partnership");
    expect(body).toContain("double it by the end of the decade");
  });

  it("drops the other items and the greeting that summarises them, and reads the story's lead-in as its title", () => {
    const page = read(barredMail);
    expect(page.body).not.toContain("Dock workers");
    expect(page.body).not.toContain("Forecasters said");
    expect(page.body).not.toContain("Good morning");
    expect(page.body).not.toContain("A new chapter");
    expect(page.hints.title).toBe("'A new chapter'");
  });
});

describe("a newsletter whose items open on a lead-in and a stop", () => {
  it("drops the other items and keeps the story's own short sentences", () => {
    const body = read([
      "Subject: Capital Notes: Hanoi talks go well; Budget fight; Court date set",
      "",
      "Good Tuesday morning. Send tips our way.",
      "",
      "Hanoi talks go well. Vietnam's foreign minister met the secretary of state on Monday and the two sides agreed to expand maritime cooperation and training.",
      "",
      "Both sides looked pleased. The officials said a joint statement on the talks would be published in Hanoi later this week.",
      "",
      "Budget fight. House leaders traded blame over the spending bill as a deadline for a shutdown drew closer on Capitol Hill.",
      "",
      "Court date set. A federal judge set a trial date in the bribery case against a former contractor for next spring.",
    ]).body;
    expect(body).toContain("expand maritime cooperation");
    expect(body).toContain("Both sides looked pleased");
    expect(body).not.toContain("spending bill");
    expect(body).not.toContain("bribery case");
    expect(body).not.toContain("Send tips");
  });
});

describe("a lead-in", () => {
  it("is a headline's few words, never a short sentence, an abbreviation or a long clause", () => {
    const text = "traders in the delta said the price of rice held steady all week.";
    expect(leadIn(`Rice holds steady. Export ${text}`)?.lead).toBe("Rice holds steady");
    expect(leadIn(`Rice prices | Export ${text}`)?.lead).toBe("Rice prices");
    expect(leadIn(`Nobody was surprised. Export ${text}`)).toBeNull();
    expect(leadIn(`Gen. Tran Van Minh said ${text}`)).toBeNull();
    expect(leadIn(`The ministers met in the capital for the second time this spring. Export ${text}`)).toBeNull();
    expect(
      leadIn("Partners, 5: Chile 2011 | Peru 2013 | Mexico 2015 | Brazil 2018 | Colombia 2020 | Panama 2022."),
    ).toBeNull();
  });
});

describe("a newsletter's title line", () => {
  it("loses the newsletter's name when the page sets the name and the headline again on their own lines", () => {
    const page = read([
      "Evening Wire: Vietnam and Peru open trade talks",
      "",
      "Evening Wire",
      "By Sam Ortiz",
      "",
      "Vietnam and Peru open trade talks",
      "",
      "Vietnam and Peru agreed on Thursday to open talks on a free trade agreement, the two foreign ministers said in Lima after their meeting.",
      "",
      "Trade between the two countries reached about $600 million last year, officials in Hanoi said.",
    ]);
    expect(page.hints.title).toBe("Vietnam and Peru open trade talks");
  });

  it("keeps a record's kind and date together: '<Kind> – <date>' is no newsletter's name and headline", () => {
    const page = read([
      "Daily Press Briefing – May 4, 2023",
      "",
      "Daily Press Briefing",
      "May 4, 2023",
      "",
      "SPOKESPERSON: Good afternoon. The minister will travel to Hanoi next week for talks on the partnership with Vietnam.",
      "",
      "QUESTION: Will the two sides sign anything during the visit to Vietnam?",
    ]);
    expect(page.hints.title).toBe("Daily Press Briefing – May 4, 2023");
  });
});
