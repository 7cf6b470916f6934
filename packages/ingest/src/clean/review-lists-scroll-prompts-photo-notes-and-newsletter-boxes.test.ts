import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { prepareArticle } from "../pipeline/prepare.js";
import { readBuffer } from "../read/index.js";
import { cleanArticle } from "./index.js";

// Round 50 (blind129): a year-end review's numbered highlights under a title naming the country's foreign affairs,
// an infographic's scroll prompt, a release's note on where its photos will be, and a newsletter box between sections.
const clean = (text: string, title?: string) => cleanArticle(normaliseText(text), title ? { title } : {}).body;

describe("a review of a year's foreign affairs, told in numbered highlights", () => {
  const title = "Six highlights of Vietnam's foreign affairs in 2031";
  const items = [
    ["A summit season at home", "Vietnam hosted leaders from twelve economies in a harbour city in the autumn."],
    ["Two visits in one week", "The Chilean president and the Kenyan prime minister came within days of each other."],
    ["New frameworks", "Chile and Kenya signed framework agreements in the spring, and talks with Peru moved ahead."],
    ["Rescues at sea", "Missions abroad handled about 900 consular cases, including sailors held in distant ports."],
    ["Money sent home", "Remittances reached an estimated 12 billion USD, up a tenth on the year before."],
    ["Looking ahead", "The foreign minister told a year-end meeting that the ministry would turn its work into jobs."],
  ];
  const page = `<!DOCTYPE html><html><head><title>${title} | The Harbour Review</title></head><body>
    <h1>${title}</h1><p><strong>Our desk picks the moments that shaped a crowded year for the country's diplomats.</strong></p>
    ${items.map(([head, text], k) => `<p><strong>${k + 1}. ${head}</strong></p><p>${text}</p>`).join("")}
    </body></html>`;

  it("reads the list as one story: every highlight stays, also those that do not name the country", () => {
    const [doc] = readBuffer("page.html", Buffer.from(page));
    if (!doc || !("text" in doc)) throw new Error("no document");
    const read = prepareArticle(doc);
    expect(read.title).toBe(title);
    expect(read.body).toContain("4. Rescues at sea");
    expect(read.body).toContain("about 900 consular cases");
    expect(read.body).toContain("turn its work into jobs");
  });
});

describe("an infographic's scroll prompt", () => {
  it.each(["Scroll to see more >>", "Swipe left to view more »", "Scroll for more"])("drops %s", (prompt) => {
    const body = clean(
      `Peru and Vietnam doubled their trade in a decade, the chart shows.\n\n${prompt}\n\nCoffee and shrimp lead the goods the two countries sell each other.`,
    );
    expect(body).not.toContain(prompt);
    expect(body).toContain("Coffee and shrimp");
  });
});

describe("a release's note on where its photos will be", () => {
  it("drops the note that the photos will be available on a page", () => {
    const note = "Photos of the reception will be available on the Consulate's Facebook page: facebook.com/ConsulateX";
    const body = clean(
      `The consulate marked thirty years of ties with a reception for 300 guests in the port city on Friday.\n\nThe consul said the two countries would open a trade office next year.\n\n${note}`,
    );
    expect(body).not.toContain("Photos of the reception");
    expect(body).toContain("trade office");
  });
});

describe("a newsletter box between a story's sections", () => {
  it("drops the box's name and pitch held between its label, its button and an ad slot", () => {
    const page = [
      "Ten things we learned about Vietnam's diplomacy this year",
      "By Ann Roe",
      "1. A busy spring",
      "Vietnam's leaders travelled to four continents between March and May, and signed twenty agreements on the way.",
      "Advertisement",
      "The Harbour Letter",
      "Weekly Newsletter",
      "A short note on the week's big story, sent every Friday.",
      "Get the Newsletter",
      "2. A quieter autumn",
      "The foreign ministry spent the last months of the year preparing next year's regional summit in the capital.",
    ].join("\n");
    const body = clean(page, "Ten things we learned about Vietnam's diplomacy this year");
    expect(body).not.toContain("The Harbour Letter");
    expect(body).not.toContain("sent every Friday");
    expect(body).toContain("preparing next year's regional summit");
    expect(body).toContain("signed twenty agreements");
  });
});

describe("a fact box of labelled figures under the story", () => {
  const story = [
    "Peru and Vietnam closed a busy year of trade talks with a deal on coffee and shrimp in December.",
    "",
    "The two trade ministers said they would meet again in the spring to review the first months of the deal.",
  ].join("\n");
  const rows = [
    "Two-way trade: 4.2 billion USD, up 9%",
    "Tourist arrivals: 1.3 million",
    "Investment: about 310 million USD",
  ];

  it("keeps the box's rows, and drops the related list under them", () => {
    const body = clean(
      `${story}\nThe year in figures\n${rows.join("\n")}\nRelated news\nPeru opens a trade desk in the south\nMinister: 2031 will be a year of deals\nShrimp farmers look to new markets`,
    );
    for (const row of rows) expect(body).toContain(row);
    expect(body).not.toContain("Peru opens a trade desk");
  });

  it("still drops a counter or a phone line under the story", () => {
    const body = clean(`${story}\n\nViews: 1,204\nHotline: 024 3825 1234`);
    expect(body).not.toContain("Views");
    expect(body).not.toContain("Hotline");
  });
});
