import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Cleaning round 26 (issue 11): heavy page furniture set inside a story. Our own wording, no page's text.
const clean = (text: string) => cleanArticle(normaliseText(text));
const HEAD = [
  "Chile and Vietnam open talks on a trade upgrade",
  "Chile and Vietnam opened talks on Monday on a wider trade agreement, the two foreign ministers said in Santiago.",
  '"We want our exporters to meet each other more often and with fewer barriers," the Chilean minister told reporters.',
];
const TAIL = [
  "Two-way trade reached $1.9 billion last year, according to the Chilean customs service.",
  "The ministers also agreed to hold the next round of talks in Hanoi before the end of the year.",
];
const page = (...middle: string[]) => clean([...HEAD, ...middle, ...TAIL].join("\n"));

describe("an embedded social post copied as text", () => {
  it("removes the display name, the handle, the post's text, its stamp and its counters", () => {
    const { body } = page(
      "Jane Roe",
      "@janeroe_min",
      "Good talks in Santiago today with my Vietnamese colleague. More trade, more friends!",
      "10:05 AM · Jun 3, 2024",
      "1,210 Reposts 88 Quotes 5,402 Likes",
    );
    for (const noise of ["@janeroe_min", "Good talks in Santiago", "Reposts", "Jane Roe"])
      expect(body).not.toContain(noise);
    for (const line of [...HEAD.slice(1), ...TAIL]) expect(body).toContain(line);
  });

  it("removes a handle and its name with no stamp under them, and keeps the story after", () => {
    const { body } = page("Jane Roe", "@janeroe_min");
    expect(body).not.toContain("@janeroe_min");
    for (const line of TAIL) expect(body).toContain(line);
  });

  it("keeps a story line that only names an account in a sentence", () => {
    const line = "The minister wrote on X, where she posts as @janeroe_min, that the talks went well.";
    expect(page(line).body).toContain(line);
  });
});

describe("paywall and sign-up prompts inside the story", () => {
  it("removes a meter of free articles, a priced button, a consent line and a form's field label", () => {
    const prompts = [
      "You have read 2 of 4 free articles this month. Subscribe now for unlimited access.",
      "You've read 7 of 10 free stories.",
      "Subscribe for P99/month",
      "Subscribe from $2/week",
      "By subscribing, you agree to our Terms of Service and Privacy Policy.",
      "By signing up, you agree to the site's terms.",
      "Your email",
      "Enter your email address",
    ];
    const { body } = page(...prompts);
    for (const prompt of prompts) expect(body).not.toContain(prompt);
    for (const line of [...HEAD.slice(1), ...TAIL]) expect(body).toContain(line);
  });

  it("keeps a story sentence about subscriptions", () => {
    const line = "By subscribing to the treaty, Vietnam agreed to open its services market to Chilean firms.";
    expect(page(line).body).toContain(line);
  });
});

describe("a link to another story glued after a paragraph's last sentence", () => {
  it("cuts 'READ: <headline>' and 'Also Read | <headline>' and keeps the sentence", () => {
    const { body } = page(
      "Talks will resume in the autumn, officials said. READ: Chile eyes new copper deals in Asia",
      'The minister called the talks "a good start for both sides." Also Read | Why Santiago is looking east',
    );
    expect(body).toContain("Talks will resume in the autumn, officials said.");
    expect(body).toContain('The minister called the talks "a good start for both sides."');
    expect(body).not.toContain("READ:");
    expect(body).not.toContain("Also Read");
  });

  it("keeps a sentence after a label that reads as story", () => {
    const line = "The statement was short. Read: the two sides agreed to meet again. Nothing else was said.";
    expect(page(line).body).toContain(line);
  });
});

describe("a link to another story in brackets between a paragraph's sentences", () => {
  it("cuts '(Also read: <headline>)' and keeps both sentences around it", () => {
    const { body } = page(
      "Copper made up half of the exports, the agency said. (See also: Can Chile sell more fruit to Asia?) Wine came second.",
    );
    expect(body).toContain("Copper made up half of the exports, the agency said. Wine came second.");
    expect(body).not.toContain("See also");
  });

  it("keeps a bracket that reads as story", () => {
    const line =
      "Exports rose again. (See also: the annex, which lists every tariff line. It runs long.) Wine came second.";
    expect(page(line).body).toContain(line);
  });
});

describe("a video page's clips and a photo's credit", () => {
  it("removes the list of other clips under 'Also Watch', each with its running time", () => {
    const { body } = clean(
      [
        ...HEAD,
        ...TAIL,
        "Also Watch",
        '"Talks Went Well": Minister On Chile Visit',
        "03:12",
        "Copper Prices Rise",
        "01:56",
      ].join("\n"),
    );
    expect(body).not.toContain("Talks Went Well");
    expect(body).not.toContain("Copper Prices Rise");
    for (const line of TAIL) expect(body).toContain(line);
  });

  it("removes a caption closed by 'Source: <AGENCY> / <photographer>' and keeps the story", () => {
    const caption = "The two ministers shake hands at La Moneda. Source: AAP / Jo Bloggs";
    const { body } = clean([HEAD[0], caption, ...HEAD.slice(1), ...TAIL].join("\n"));
    expect(body).not.toContain("Jo Bloggs");
    for (const line of [...HEAD.slice(1), ...TAIL]) expect(body).toContain(line);
  });

  it("splits a caption whose credit in capitals is run into the story's dateline", () => {
    const { body } = clean(
      [
        HEAD[0],
        "The two ministers review the guard of honour at La Moneda. DICOMSANTIAGO (Example Post) – Chile and Vietnam opened talks on Monday on a wider trade agreement, the two foreign ministers said.",
        ...HEAD.slice(2),
        ...TAIL,
      ].join("\n"),
    );
    expect(body).not.toContain("guard of honour");
    expect(body).toContain("Chile and Vietnam opened talks on Monday on a wider trade agreement");
  });
});
