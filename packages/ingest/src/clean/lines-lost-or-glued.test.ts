import { describe, expect, it } from "vitest";
import { splitCaptions } from "./captions.js";
import { cleanArticle } from "./clean.js";
import {
  isBracketCitation,
  isOfficesLine,
  isQuestionHeadline,
  splitContributorNote,
  splitStaffNote,
} from "./glued-lines.js";
import { rejoinLateBreaks } from "./wraps.js";

const STORY_A =
  "Delegations from the two countries met in the capital on Tuesday to discuss trade, investment and closer cooperation in education, health and farming over the coming five years.";
const STORY_B =
  "The ministers agreed to open a new air route before the summer and to double the number of scholarships for students from both sides by the end of the decade.";

describe("a copy that breaks each paragraph one word late", () => {
  const copied = [
    "Lakeside Notes",
    "Leaders agree to open a new air route",
    "Foreign",
    "Minister Jane Roe met her counterpart John Doe in the capital on Tuesday and discussed trade and investment. Doe",
    "said the two sides would sign a visa deal next month and open a consulate in the port city. The",
    "ministers also agreed to double the number of scholarships for students from both sides by 2030./.",
  ].join("\n");

  it("moves each paragraph's first word back onto its line", () => {
    const mended = rejoinLateBreaks(copied);
    expect(mended).toContain("Foreign Minister Jane Roe met");
    expect(mended).toContain("investment. Doe said the two sides");
    expect(mended).toContain("port city. The ministers also agreed");
  });

  it("keeps the sentences a lone word opened in the cleaned body", () => {
    const { body } = cleanArticle(copied);
    expect(body).toContain("Foreign Minister Jane Roe met her counterpart");
    expect(body).toContain("Doe said the two sides would sign a visa deal");
  });

  it("leaves a heading alone over a paragraph that opens in capitals when the copy shows no late breaks", () => {
    const plain = `Background\n${STORY_A}\nOutlook\n${STORY_B}`;
    expect(rejoinLateBreaks(plain)).toBe(plain);
  });
});

describe("a wire's contributor note glued to the story's last paragraph", () => {
  it("splits the note off after the wire's rule and keeps the paragraph", () => {
    const line = `${STORY_A} ___ Associated Press writer Jane Roe in Hanoi contributed to this report.`;
    expect(splitContributorNote(line)).toEqual({
      story: STORY_A,
      note: "Associated Press writer Jane Roe in Hanoi contributed to this report.",
    });
    const { body } = cleanArticle(`${STORY_B}\n\n${line}`);
    expect(body).toContain("closer cooperation in education");
    expect(body).not.toContain("contributed");
  });

  it("leaves a line of credits whole when no story sentence stands before the note", () => {
    expect(
      splitContributorNote("Roe reported from Washington. Associated Press writer Jo Doe contributed to this report."),
    ).toBeNull();
  });
});

describe("a photo credit glued to the story's first word", () => {
  it("cuts the credit after its initials and keeps the story", () => {
    const split = splitCaptions(
      "Two ministers at the signing in the capital. Photo: Jane Roe/MFAThe two countries raised their relations to a strategic partnership on Tuesday after talks in the capital.",
    );
    expect(split.kept).toBe(
      "The two countries raised their relations to a strategic partnership on Tuesday after talks in the capital.",
    );
  });
});

describe("a photo credit naming its agency before the photographer, glued to the story's first word", () => {
  it("cuts the credit after the photographer's name and keeps the story", () => {
    const split = splitCaptions(
      "The president speaks at the summit in Manila, May 3, 2024. Photo by VNA/Tran HaiLam told the leaders that the bloc had to act together on the sea, on trade and on the climate.",
    );
    expect(split.kept).toBe(
      "Lam told the leaders that the bloc had to act together on the sea, on trade and on the climate.",
    );
  });
});

describe("an author box and endnotes kept as story", () => {
  it("reads a line of the author's offices as the byline's", () => {
    expect(
      isOfficesLine("Member of the Party Central Committee, Deputy Prime Minister, Minister of Foreign Affairs"),
    ).toBe(true);
    expect(isOfficesLine("Minister Jane Roe, who arrived on Monday, met her counterpart")).toBe(false);
    const { body } = cleanArticle(
      [
        "A new layer of integration",
        "JANE ROE",
        "Member of the Central Committee, Deputy Prime Minister, Minister of Foreign Affairs",
        STORY_A,
        STORY_B,
      ].join("\n"),
    );
    expect(body).not.toContain("Member of the Central Committee");
  });

  it("drops numbered endnotes in brackets that cite a work and its year", () => {
    expect(isBracketCitation("(1) Figures from the Ministry of Planning, Department of Statistics, 12/2013.")).toBe(
      true,
    );
    expect(isBracketCitation("(1) The two sides agreed to raise trade, which reached $2 billion in 2023.")).toBe(false);
    const { body } = cleanArticle(
      [
        STORY_A,
        STORY_B,
        "(1) Figures from the Ministry of Planning, Department of Statistics, 12/2013.",
        "(2) Resolution of the Party Congress, Political Publishing House, Ha Noi, 2011.",
      ].join("\n"),
    );
    expect(body).not.toContain("(1)");
    expect(body).not.toContain("(2)");
  });
});

describe("furniture under the story", () => {
  it("takes a headline asked as a question for one of the related headlines beside it", () => {
    expect(isQuestionHeadline("Can the two neighbours build a defence industry together?")).toBe(true);
    const { body } = cleanArticle(
      [
        STORY_A,
        STORY_B,
        "Coffee growers count a record harvest in the highlands",
        "Why the regional bloc is quiet on its neighbour",
        "Can the two neighbours build a defence industry together?",
      ].join("\n"),
    );
    expect(body).not.toContain("defence industry");
  });

  it("drops the issuer's name in capitals signing a release", () => {
    const { body } = cleanArticle([STORY_A, STORY_B, "EMBASSY OF VIET NAM IN SWEDEN"].join("\n"));
    expect(body).not.toContain("EMBASSY");
  });
});

describe("notes and credits glued to story lines", () => {
  it("cuts a photographer's name glued to the story's first word", () => {
    const split = splitCaptions(
      "Two ministers at the signing in the capital. Picture: Dominic LorrimerAustralia and Vietnam have formally become strategic partners after talks in the capital on Thursday.",
    );
    expect(split.kept).toBe(
      "Australia and Vietnam have formally become strategic partners after talks in the capital on Thursday.",
    );
  });

  it("cuts a photographer's name and paper split by a spaced slash glued to the story's first word", () => {
    const split = splitCaptions(
      "Two leaders at the palace in the capital, May 2, 2021. Photo: Lan Pham / Song MoiDutch Prime Minister Jan Smit on Sunday held talks with his host in the capital on his first trip to the region.",
    );
    expect(split.kept).toBe(
      "Dutch Prime Minister Jan Smit on Sunday held talks with his host in the capital on his first trip to the region.",
    );
  });

  it("cuts a photographer's name and agency in capitals run on into the story's first sentence", () => {
    const split = splitCaptions(
      "Two prime ministers at the Presidential Palace in Hanoi. Photo: Anna Vermeer ANP Prime minister Jan Smit and his Vietnamese counterpart agreed on Monday to raise ties to a comprehensive partnership during talks in Hanoi.",
    );
    expect(split.kept).toBe(
      "Prime minister Jan Smit and his Vietnamese counterpart agreed on Monday to raise ties to a comprehensive partnership during talks in Hanoi.",
    );
  });

  it("keeps a caption whole when the capitals after the name name no news agency", () => {
    const split = splitCaptions(
      "Two prime ministers at the Presidential Palace in Hanoi. Photo: Anna Vermeer BV Prime minister Jan Smit and his Vietnamese counterpart agreed on Monday to raise ties to a comprehensive partnership during talks in Hanoi.",
    );
    expect(split.kept).not.toContain("Prime minister Jan Smit");
  });

  it("cuts a caption closed by an agency's slash credit off the dateline run on after it", () => {
    const split = splitCaptions(
      "The two ministers open the meeting at the Ministry of Foreign Affairs. ANGOP/Joana Mbala LUANDA, 3 May 2014 (ANGOP)—Angola and Vietnam opened the first session of their joint commission in Luanda on Friday, with trade and oil on the agenda.",
    );
    expect(split.kept).toBe(
      "LUANDA, 3 May 2014 (ANGOP)—Angola and Vietnam opened the first session of their joint commission in Luanda on Friday, with trade and oil on the agenda.",
    );
  });

  it("splits a translator's note in brackets off the story's last sentence", () => {
    expect(
      splitStaffNote("Later, the minister called on the State Counsellor in the capital. — MNA (Translated by Jo Roe)"),
    ).toEqual({
      story: "Later, the minister called on the State Counsellor in the capital. — MNA",
      note: "(Translated by Jo Roe)",
    });
    expect(splitStaffNote("Minister met counterpart (Translated by Jo Roe)")).toBeNull();
  });
});
