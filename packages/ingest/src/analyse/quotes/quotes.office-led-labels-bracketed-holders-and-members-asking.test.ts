import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 43: labels of press conferences and parliaments. An office written before the full name in capitals ('PRESIDENT
 * JOSE R. DELA CRUZ JR.:', 'PCO SECRETARY ...:'), then a shorter label ('PRESIDENT DELA CRUZ:', 'SEC. ...:'); a name
 * with its office after a comma, then the office alone ('NAME, PRIME MINISTER:' then 'PRIME MINISTER:'); an office naming
 * its holder in brackets ('Official Spokesperson (Shri ...):'); a parliament's order paper with its member's seat and
 * party and the question's number before it; members and senators asking in their own
 * right. Written fresh in the project's own words; a quote is read as the scorer reads it: the speaker's full name and
 * the first four words.
 */
interface Case {
  shape: string;
  body: string;
  quotes: Array<[speaker: string, opening: string]>;
  people?: Array<[name: string, role?: string]>;
}

const cases: Case[] = [
  {
    shape: "an office before a full name with an initial and a suffix, then office and surname on later turns",
    body: "OFFICE SECRETARY MARIA LUZ SANTOS-REYES: Good evening to all of you. The President will take a few questions now.\n\nPRESIDENT JOSE R. DELA CRUZ JR.: Thank you, Maria. We signed five agreements today on farming, shipping and culture.\n\nQ: Sir, what about the price of rice at home?\n\nPRESIDENT DELA CRUZ: Supply will be steady now, and prices should come down by the summer.\n\nSEC. SANTOS-REYES: Last one.",
    quotes: [
      ["Maria Luz Santos-Reyes", "Good evening to all"],
      ["Jose R. Dela Cruz Jr.", "Thank you Maria We"],
      ["Jose R. Dela Cruz Jr.", "Supply will be steady"],
    ],
    people: [
      ["Maria Luz Santos-Reyes", "Office Secretary"],
      ["Jose R. Dela Cruz Jr.", "President"],
    ],
  },
  {
    shape: "an office's acronym before its title word belongs to the office in a label",
    body: "PMO SECRETARY ANNA LIM: Good evening. The minister has agreed to take questions before we leave.\n\nFOREIGN MINISTER TOMAS VEGA: Thank you, Anna. The talks went very well indeed.\n\nQ: Will there be a visit next year?\n\nMINISTER VEGA: We have invited them, and they have accepted our invitation.\n\nSEC. LIM: Thank you all very much for coming tonight.",
    quotes: [
      ["Anna Lim", "Good evening The minister"],
      ["Tomas Vega", "Thank you Anna The"],
      ["Tomas Vega", "We have invited them"],
      ["Anna Lim", "Thank you all very"],
    ],
    people: [["Anna Lim", "PMO Secretary"]],
  },
  {
    shape: "a name with its office after a comma, then the office alone, is the same speaker and not another holder",
    body: "JANE MORROW, PRIME MINISTER: It is a pleasure to be in Hanoi. This morning I met Prime Minister Pham Minh Chinh, and we agreed to deepen our trade.\n\nJOURNALIST: When will the upgrade be signed?\n\nPRIME MINISTER: I am not going to put a date on it, but the work has begun.\n\nJOURNALIST: Did you discuss the sea?\n\nPRIME MINISTER: We did, and we support freedom of navigation under international law.",
    quotes: [
      ["Jane Morrow", "It is a pleasure"],
      ["Jane Morrow", "I am not going"],
      ["Jane Morrow", "We did and we"],
    ],
    people: [["Jane Morrow", "Prime Minister"]],
  },
  {
    shape: "an office naming its holder in brackets, then the office alone on later turns",
    body: "Official Spokesperson (Shri Ravi Menon): Good evening, friends. The Secretary will brief you on the visit.\n\nSecretary (West) (Smt. Leela Das): Thank you. The two leaders agreed to expand trade and training.\n\nQuestion: Was maritime security discussed?\n\nSecretary (West): Both sides discussed the regional situation, including freedom of navigation.\n\nOfficial Spokesperson: Thank you all for joining us this evening.",
    quotes: [
      ["Ravi Menon", "Good evening friends The"],
      ["Leela Das", "Thank you The two"],
      ["Leela Das", "Both sides discussed the"],
      ["Ravi Menon", "Thank you all for"],
    ],
  },
  {
    shape:
      "a parliament's members ask by seat and party, numbered and referenced; the minister's office names him in brackets",
    body: "7. Mr Tom Hale (Northtown) (Con): What recent assessment he has made of relations with Vietnam.\n\nThe Minister of State, Foreign Office (Mr Paul Grey): Our relations have never been closer, and trade grew by a fifth last year.\n\nMr Hale: I thank the Minister. What is being done to help British firms there?\n\nMr Grey: We have strengthened our trade team in Ho Chi Minh City this spring.\n\nRuth Pike (Eastbury and Moor) (Lab): Will the Minister raise the cases of jailed bloggers with his counterpart?\n\nMr Grey: Human rights are a standing item in our dialogue with Vietnam.",
    quotes: [
      ["Tom Hale", "What recent assessment he"],
      ["Paul Grey", "Our relations have never"],
      ["Tom Hale", "I thank the Minister"],
      ["Paul Grey", "We have strengthened our"],
      ["Ruth Pike", "Will the Minister raise"],
      ["Paul Grey", "Human rights are a"],
    ],
    people: [["Ruth Pike"]],
  },
  {
    shape: "a senator's questions in a committee hearing are the senator's quotes",
    body: "CHAIR: We move now to Southeast Asia. Senator Orwell.\n\nSenator ORWELL: Thank you, Chair. Has the department discussed an upgrade of the partnership with Vietnam?\n\nMs Nash: We have had a strategic partnership with Vietnam since 2018, and both sides want to deepen it.\n\nSenator ORWELL: Is there a timetable for that?\n\nMs Nash: Not one that I can share with the committee today.",
    quotes: [
      ["Orwell", "Thank you Chair Has"],
      ["Nash", "We have had a"],
      ["Orwell", "Is there a timetable"],
      ["Nash", "Not one that I"],
    ],
  },
  {
    shape: "a guest's label giving a post and its body after two commas, then the surname alone",
    body: "MARK OWEN, CNN ANCHOR: For more, I am joined now by a senior fellow from Singapore.\n\nJO ROE, SENIOR FELLOW, ASIA POLICY CENTRE: Both sides will say it is not, and both know it partly is.\n\nOWEN: And what of the critics at home?\n\nROE: They say the deal gave too much away for too little in return.",
    quotes: [
      ["Mark Owen", "For more I am"],
      ["Jo Roe", "Both sides will say"],
      ["Mark Owen", "And what of the"],
      ["Jo Roe", "They say the deal"],
    ],
  },
];

const read = (body: string, title?: string) =>
  analyseArticle(body, { title }).quotes.map((q) => [
    q.speaker,
    (q.text.match(/[\p{L}\p{N}'’-]+/gu) ?? []).slice(0, 4).join(" ").replace(/’/g, "'"),
  ]);

describe("quotes on office-led labels, bracketed holders and members asking", () => {
  it.each(cases)("$shape", ({ body, quotes, people }) => {
    expect(read(body)).toEqual(quotes);
    if (people) {
      const named = analyseArticle(body, {}).entities.filter((e) => e.type === "person");
      for (const [name, role] of people) {
        const person = named.find((e) => e.name === name);
        expect(person?.name).toBe(name);
        if (role) expect(person?.roles.map((r) => r.role)).toContain(role);
      }
    }
  });
});

describe("a transcript's surname labels and the page's heading", () => {
  it("quotes a speaker labelled by office and surname under the full name the page's heading gives", () => {
    const body =
      "Minister Okada: I visited Hanoi last week and agreed with my counterpart to expand our cooperation on ports.\n\nReporter: Will Japan offer new loans?\n\nMinister Okada: The amount will be decided by the lenders later this year, after the studies.";
    expect(read(body, "Press Conference by Foreign Minister Kenji Okada")).toEqual([
      ["Kenji Okada", "I visited Hanoi last"],
      ["Kenji Okada", "The amount will be"],
    ]);
  });
});

describe("a programme role labelling its speaker by a bracketed name", () => {
  it("gives the speaker the programme role, never the name as an office", () => {
    const body =
      "ANCHOR (Thu Ha): Our reporter is in Geneva, where the talks ended this afternoon.\n\nREPORTER (Duc Khoa): Thank you. The two sides agreed to speed up the plans for a new centre.\n\nREPORTER (Duc Khoa): Trade stood at around two billion dollars last year, officials said.\n\nANCHOR (Thu Ha): Thank you for that report from Geneva.";
    const khoa = analyseArticle(body, {}).entities.find((e) => e.type === "person" && e.name === "Duc Khoa");
    expect(khoa?.roles.map((r) => r.role)).toEqual(["Reporter"]);
  });
});
