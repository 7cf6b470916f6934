import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { unwrapLines } from "./wraps.js";

// Round 9: structures the tuned sets lacked (a PDF's column, a newsletter, a roundup of briefs, a bilingual page, a
// transcript, stamps sharing a line). Each test fails if the structure's furniture is read as story.
const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n");

const STORY = [
  "Thailand and Cambodia on Monday agreed to reopen two border crossings closed since the spring, the foreign ministers said.",
  "The crossings at Poipet and Ban Laem carried most of the two countries' overland trade before they were shut in May.",
  "Officials said customs staff would return to both posts within a week and that trucks would be allowed through first.",
  "Traders on both sides welcomed the step, saying fruit and building materials had piled up in warehouses for months.",
];

describe("a text copied out of a PDF", () => {
  const column = lines(
    "Since the two governments signed their first trade accord in",
    "1994, exports of rice and rubber have made up most of the flow,",
    "but manufactured goods now account for a growing share of the",
    "total. Officials expect the new agreement to speed the shift to-",
    "ward electronics and machinery, which already make up a third",
    "of the trade. The agreement also sets up a joint committee that",
    "will meet every year to review tariffs and the rules of origin.",
    "Trade and Investment",
    "Investment has followed trade: firms from both countries opened",
    "more than two hundred plants across the border in the past five",
    "years, most of them in industrial parks near the main ports.",
  );

  it("joins the column's wrapped lines into sentences and mends words split at the margin", () => {
    const text = unwrapLines(column);
    expect(text).toContain("speed the shift toward electronics and machinery");
    expect(text).toContain("signed their first trade accord in 1994, exports");
  });

  it("keeps a short heading between the column's paragraphs on its own line", () => {
    expect(unwrapLines(column).split("\n")).toContain("Trade and Investment");
  });

  it("leaves a list of headlines, one a line, as it is", () => {
    const headlines = lines(
      "Thai cabinet approves budget for next fiscal year in first reading",
      "Cambodia opens new deep-sea port terminal near Sihanoukville city",
      "Lao power exports to Thailand rise for a third straight quarter",
      "Myanmar junta extends state of emergency by another six months",
      "Malaysia and Singapore agree to speed up work on the rail link",
      "Philippine central bank holds key rate as inflation cools again",
      "Indonesia plans to raise biodiesel blend to 40 percent next year",
      "Vietnam's exports to the United States climb in the first half",
    );
    expect(unwrapLines(headlines)).toBe(headlines);
  });

  it("drops the report's disclaimer under a Disclaimer heading", () => {
    const { body } = clean(
      lines(...STORY, "Disclaimer", "This report reflects the views of its authors and not those of the institute."),
    );
    expect(body).not.toContain("Disclaimer");
    expect(body).not.toContain("views of its authors");
  });
});

describe("a newsletter", () => {
  it("reads the headline off the subject line without the newsletter's name, and drops its mail furniture", () => {
    const { body, hints } = clean(
      lines(
        "From: Border Brief <news@borderbrief.example>",
        "Subject: Border Brief: Thailand and Cambodia reopen crossings",
        "BORDER BRIEF",
        "Good morning. Here's what you need to know today.",
        ...STORY,
        "Forward this newsletter to a friend",
        "You are receiving this email because you signed up for Border Brief.",
      ),
    );
    expect(hints.title).toBe("Thailand and Cambodia reopen crossings");
    expect(body).not.toContain("Good morning");
    expect(body).not.toContain("Forward this newsletter");
    expect(body).not.toContain("receiving this email");
  });
});

describe("a roundup of briefs", () => {
  it("keeps the one brief that runs long and drops the others, each under its own dateline", () => {
    const { body } = clean(
      lines(
        "Regional news summary",
        "JAKARTA -- Indonesia's central bank held its benchmark rate on Wednesday, citing a weaker rupiah.",
        `BANGKOK -- ${STORY[0]}`,
        ...STORY.slice(1),
        "MANILA -- A ferry ran aground off Cebu on Wednesday, the coast guard said, and all passengers were rescued.",
        "KUALA LUMPUR -- Malaysia's palm oil stocks rose for a second month in July, an industry board said.",
      ),
    );
    expect(body).toContain("reopen two border crossings");
    expect(body).toContain("Traders on both sides");
    expect(body).not.toContain("central bank");
    expect(body).not.toContain("ferry");
    expect(body).not.toContain("palm oil");
  });

  it("keeps a story whose paragraphs are all about as long, datelines or not", () => {
    const { body } = clean(lines(`BANGKOK -- ${STORY[0]}`, ...STORY.slice(1)));
    for (const paragraph of STORY.slice(1)) expect(body).toContain(paragraph);
  });
});

describe("a bilingual page and a transcript", () => {
  it("drops the block in another language set in Latin letters before the English story", () => {
    const { body } = clean(
      lines(
        "Thái Lan và Campuchia mở lại hai cửa khẩu biên giới",
        "Xem bản tiếng Việt đầy đủ ở trang 3.",
        "— English version —",
        ...STORY,
      ),
    );
    expect(body).not.toContain("cửa khẩu");
    expect(body).not.toContain("tiếng Việt");
    expect(body).not.toContain("English version");
    expect(body).toContain(STORY[0]);
  });

  it("keeps an accented name inside an English sentence", () => {
    const named = "Foreign Minister Bùi Thanh Sơn said the two sides would meet again in Hà Nội next month.";
    expect(clean(lines(...STORY, named)).body).toContain("Bùi Thanh Sơn");
  });

  it("drops a transcript's notes on the room and keeps what the speaker said", () => {
    const { body } = clean(lines(...STORY, '"We are neighbours, and neighbours trade." [Applause]', "(Laughter)"));
    expect(body).toContain('"We are neighbours, and neighbours trade."');
    expect(body).not.toContain("Applause");
    expect(body).not.toContain("Laughter");
  });
});

describe("stamps and notes around the story", () => {
  it("drops a labelled stamp on the byline's line and keeps the byline's reading", () => {
    const { body, hints } = clean(
      lines("Border crossings to reopen", "By Anong Srisuk Published : Dec. 6, 2022 - 05:30", ...STORY),
    );
    expect(body).not.toContain("Published");
    expect(hints.author).toBe("Anong Srisuk");
  });

  it("drops a stamp followed by the page's tools", () => {
    const { body } = clean(lines("Border crossings to reopen", "13/12/2024 09:15' Send Print", ...STORY));
    expect(body).not.toContain("Send Print");
  });

  it("drops an editor's note and a closing correction with its explanation", () => {
    const { body } = clean(
      lines(
        "Editor's note: This story was updated with comments from the Cambodian foreign minister.",
        ...STORY,
        "Correction: An earlier version of this story gave the wrong name for one crossing.",
        "It is Ban Laem, not Ban Pakard.",
      ),
    );
    expect(body).not.toContain("Editor's note");
    expect(body).not.toContain("Correction");
    expect(body).not.toContain("Ban Pakard");
  });

  it("drops a caption closed by a labelled photo credit", () => {
    for (const caption of [
      "The two ministers shake hands at the border post on Monday. PHOTO | SOMCHAI KAEW",
      "The two ministers shake hands at the border post on Monday. (Khmer Times photo)",
      "The two ministers shake hands at the border post on Monday. © mfa.go.th",
    ])
      expect(clean(lines("Border crossings to reopen", caption, ...STORY)).body).not.toContain("shake hands");
  });
});
