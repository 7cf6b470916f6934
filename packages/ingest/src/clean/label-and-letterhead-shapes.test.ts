import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { readInputsCredit } from "./bylines.js";
import { isCreditedCaption, isPlaceDatedCaption } from "./captions.js";
import { readDatedCredit } from "./datelines.js";
import { cleanArticle } from "./index.js";

const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n\n");

const LEAD =
  "KUALA LUMPUR - Malaysia and Cambodia agreed on Tuesday to open a direct ferry route and to double their trade in palm oil and rice within five years, their foreign ministers said.";
const SECOND =
  "The two ministers also signed a memorandum on training border police, which officials said would take effect at the start of next year.";
const THIRD =
  "Cambodia's minister said the agreement showed how far the two countries had come since they opened embassies in each other's capitals.";
const LAST =
  "The ministers will meet again in Phnom Penh in the spring to review the ferry route and the first shipments of rice under the new terms.";

describe("labels recognised by their shape and place", () => {
  it("drops short lines between the headline and the story: a correspondent's post and update stamps", () => {
    const cleaned = clean(
      lines(
        "Malaysia and Cambodia agree on ferry route",
        "Regional Correspondent In Phnom Penh",
        "UPDATED",
        "Updated at 09:40",
        LEAD,
        SECOND,
      ),
    );
    expect(cleaned.hints.title).toBe("Malaysia and Cambodia agree on ferry route");
    expect(cleaned.body).toBe(
      lines(
        "Malaysia and Cambodia agreed on Tuesday to open a direct ferry route and to double their trade in palm oil and rice within five years, their foreign ministers said.",
        SECOND,
      ),
    );
    expect(cleaned.noise.map((n) => n.text)).toEqual(
      expect.arrayContaining(["Regional Correspondent In Phnom Penh", "UPDATED", "Updated at 09:40"]),
    );
  });

  it("keeps a long standfirst without a full stop under the headline", () => {
    const standfirst = "Ministers agree to double palm oil and rice trade and open a ferry route within five years";
    const cleaned = clean(lines("Malaysia and Cambodia agree on ferry route", standfirst, LEAD, SECOND));
    expect(cleaned.body.startsWith(standfirst)).toBe(true);
  });

  it("reads a dateline standing alone under the headline instead of dropping it as a label", () => {
    const cleaned = clean(
      lines("Malaysia and Cambodia agree on ferry route", "KUALA LUMPUR —", SECOND.replace("The two", "Two"), THIRD),
    );
    expect(cleaned.hints.place).toBe("Kuala Lumpur");
  });

  it("drops a label in capitals inside the story with the headlines listed under it", () => {
    const cleaned = clean(
      lines(
        LEAD,
        SECOND,
        "SEE MORE ON THIS TOPIC",
        "Thai and Lao ministers discuss river dams",
        "Myanmar opens new border crossing with India",
        THIRD,
        LAST,
      ),
    );
    expect(cleaned.body).not.toContain("SEE MORE");
    expect(cleaned.body).not.toContain("river dams");
    expect(cleaned.body).not.toContain("border crossing");
    expect(cleaned.body).toContain(THIRD);
  });

  it("keeps a subheading in sentence case between paragraphs of the story", () => {
    const cleaned = clean(lines(LEAD, SECOND, "Trade in farm goods", THIRD, LAST));
    expect(cleaned.body).toContain("Trade in farm goods");
  });

  it("drops a promotion's heading set after the story's agency tag", () => {
    const cleaned = clean(
      lines(
        LEAD,
        SECOND,
        `${THIRD} (Bernama)`,
        "Why good reporting costs money & How you can help",
        "Independent reporting on the region depends on readers who pay for it, and we are asking you to join them today.",
      ),
    );
    expect(cleaned.body).not.toContain("How you can help");
    expect(cleaned.hints.source).toBe("Bernama");
  });
});

describe("captions by shape", () => {
  it("reads a caption closed by an outlet's initials, PHOTO, a colon and a photographer in capitals", () => {
    expect(
      isCreditedCaption("Prime Minister Anwar Ibrahim greets Hun Manet in Putrajaya on Monday. NST PHOTO: AHMAD ZAKI"),
    ).toBe(true);
    expect(isCreditedCaption("The ministers met in Putrajaya on Monday. Photo opportunities were limited.")).toBe(
      false,
    );
  });

  it("reads a caption without a credit that ends on a place and a full date", () => {
    expect(
      isPlaceDatedCaption("Anwar Ibrahim and Hun Manet shake hands at the Peace Palace in Phnom Penh, March 4, 2024."),
    ).toBe(true);
    // Reported speech is the story's, even when it ends the same way.
    expect(
      isPlaceDatedCaption("The deal was a milestone, Anwar said at the Peace Palace in Phnom Penh, March 4, 2024."),
    ).toBe(false);
    expect(isPlaceDatedCaption("Anwar Ibrahim arrived in Phnom Penh on March 4, 2024.")).toBe(false);
  });

  it("drops such a caption above the dateline and keeps the story", () => {
    const caption = "Anwar Ibrahim and Hun Manet shake hands at the Peace Palace in Phnom Penh, March 4, 2024.";
    const cleaned = clean(lines("Malaysia and Cambodia agree on ferry route", caption, LEAD, SECOND));
    expect(cleaned.body).not.toContain("shake hands");
    expect(cleaned.hints.place).toBe("Kuala Lumpur");
  });
});

describe("promotions, disclaimers and embedded posts by shape", () => {
  it("drops subscription promotions and a syndication disclaimer wherever they stand", () => {
    const cleaned = clean(
      lines(
        LEAD,
        SECOND,
        "Don't miss out on the latest news and analysis. Subscribe to our premium plan for unlimited reading on every device.",
        THIRD,
        "This report is auto-generated from a wire news service. The Daily Example holds no responsibility for its content.",
      ),
    );
    expect(cleaned.body).toBe(lines(LEAD.replace("KUALA LUMPUR - ", ""), SECOND, THIRD));
  });

  it("drops an embedded post's picture link and its attribution line", () => {
    const cleaned = clean(
      lines(
        LEAD,
        SECOND,
        "Productive talks with my Cambodian counterpart on ferries and rice. pic.twitter.com/AbC123xYz",
        "— Example Minister (@exampleminister) March 4, 2024",
        THIRD,
      ),
    );
    expect(cleaned.body).not.toContain("pic.twitter.com");
    expect(cleaned.body).not.toContain("@exampleminister");
    expect(cleaned.body).toContain(THIRD);
  });
});

describe("document letterheads", () => {
  it("drops page numbers in several languages with their running head, a contact line and a bare web address", () => {
    const cleaned = clean(
      lines(
        "JOINT COMMUNIQUE OF MALAYSIA AND CAMBODIA",
        SECOND,
        "JOINT COMMUNIQUE MALAYSIA – CAMBODIA Page 2 of 3",
        THIRD,
        "Halaman 3 dari 3",
        "Página 3 de 3",
        LAST,
        "Press Office. 12 Jalan Example, 62502 Putrajaya. Tel.: 03 8000 8000",
        "www.example.gov.my",
      ),
    );
    expect(cleaned.body).toBe(lines(SECOND, THIRD, LAST));
  });
});

describe("a document's heading", () => {
  it("passes over the document's number and its place and date lines to the heading", () => {
    const cleaned = clean(
      lines(
        "MINISTRY OF FOREIGN AFFAIRS OF MALAYSIA",
        "PRESS RELEASE No. 31/2024",
        "Putrajaya, 4 March 2024",
        "Page 1 of 2",
        "Joint Statement on the Official Visit of the Prime Minister of Cambodia to Malaysia",
        SECOND,
        THIRD,
      ),
    );
    expect(cleaned.hints.title).toBe(
      "Joint Statement on the Official Visit of the Prime Minister of Cambodia to Malaysia",
    );
  });

  it("reads a heading in capitals wrapped onto a second line as one title", () => {
    const cleaned = clean(
      lines(
        "MINISTRY OF FOREIGN AFFAIRS OF MALAYSIA",
        "COMUNICADO 31/2024",
        "Kuala Lumpur, 4 de marzo de 2024",
        "JOINT STATEMENT ON A COMPREHENSIVE PARTNERSHIP BETWEEN THE KINGDOM",
        "OF CAMBODIA AND MALAYSIA",
        SECOND,
        THIRD,
      ),
    );
    expect(cleaned.hints.title).toBe(
      "JOINT STATEMENT ON A COMPREHENSIVE PARTNERSHIP BETWEEN THE KINGDOM OF CAMBODIA AND MALAYSIA",
    );
    expect(cleaned.body).toBe(lines(SECOND, THIRD));
  });
});

describe("a site's domain", () => {
  it("takes a domain above the headline for the site's masthead, not the story's source", () => {
    const page = (domain: string) =>
      clean(lines(domain, "Malaysia and Cambodia agree on ferry route", "By: Siti Rahman - Reporter", LEAD, SECOND));
    expect(page("INQUIRER.net").hints.source).toBeNull();
    expect(page("INQUIRER.net").hints.outlet).toBe("Philippine Daily Inquirer");
  });
});

describe("dated credit lines", () => {
  it("reads the outlet a story ran in from its name, a slash and the day", () => {
    expect(readDatedCredit("Philippine Daily Inquirer / 12:30 AM November 18, 2015")).toBe("Philippine Daily Inquirer");
    expect(readDatedCredit("Opinion / Politics")).toBeNull();
    expect(readDatedCredit("Our correspondent / November 18, 2015")).toBeNull();
  });
});

describe("contributor notes", () => {
  it("credits the one agency a note names and none when it names several", () => {
    expect(readInputsCredit("(With inputs from PTI)")).toBe("PTI");
    expect(readInputsCredit("Some information for this report came from AP and Reuters.")).toBeNull();
  });
});
