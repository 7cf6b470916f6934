import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 44 shapes: each sentence is written for the test; the shape comes from pages that lost an item.

describe("partnerships: tiers gone past, the top tier described as 'the highest one', a shortened top level", () => {
  it("gives the list after 'went past the strategic tier to the highest one' the top level, undated", () => {
    const got = read(
      "Canberra and Hanoi lifted their ties on Friday. The two had been comprehensive partners since 2012 and jumped straight past the strategic partnership tier to the highest one, which Vietnam had until now granted to only three countries: China, Russia and India.",
      "2026-03-06",
    );
    expect(got).toContain("CN|Comprehensive Strategic Partnership|-");
    expect(got).toContain("RU|Comprehensive Strategic Partnership|-");
    expect(got).toContain("IN|Comprehensive Strategic Partnership|-");
    expect(got.filter((p) => p.includes("|Strategic Partnership|"))).toEqual([]);
  });

  it("reads 'the comprehensive level' after a strategic partnership as the comprehensive strategic one", () => {
    const got = read(
      "Japan and Vietnam set up a strategic partnership in 2009 and lifted it to the comprehensive level fourteen years later, making Japan the sixth country after China, Russia, India, South Korea and the United States to hold that status with Hanoi.",
      "2024-05-02",
    );
    expect(got).toContain("JP|Comprehensive Strategic Partnership|2023");
    expect(got).toContain("CN|Comprehensive Strategic Partnership|-");
    expect(got).toContain("KR|Comprehensive Strategic Partnership|-");
    expect(got.filter((p) => p.startsWith("CN|Strategic"))).toEqual([]);
  });

  it("keeps 'the comprehensive level' of a plain partnership a comprehensive partnership", () => {
    const got = read(
      "Vietnam and Chile raised their ties to a comprehensive partnership in 2007, and trade has grown to the comprehensive level of a modern economy since.",
      "2024-05-02",
    );
    expect(got.filter((p) => p.includes("Strategic"))).toEqual([]);
  });
});

describe("partnerships: steps counted back from a dated holder, upgrades whose objects each carry a time", () => {
  it("dates 'which reached that level two years earlier' from the last dated holder of the level", () => {
    const got = read(
      "Relief money poured in after the floods. France, which raised its ties with Hanoi to a comprehensive strategic partnership in 2024, sent rescue teams. Japan, which reached that level two years earlier, sent tents and water pumps.",
      "2025-09-12",
    );
    expect(got).toContain("FR|Comprehensive Strategic Partnership|2024");
    expect(got).toContain("JP|Comprehensive Strategic Partnership|2022");
  });

  it("reads each object of 'raised ties with A in March, B and C in June and D in November to …' with its own month", () => {
    const got = read(
      "Vietnam had a busy year of diplomacy. It raised ties with Malaysia in March, Brazil and Chile in June and Kenya in November to comprehensive partnerships, widening that group further.",
      "2025-12-20",
    );
    expect(got).toContain("MY|Comprehensive Partnership|2025");
    expect(got).toContain("BR|Comprehensive Partnership|2025");
    expect(got).toContain("CL|Comprehensive Partnership|2025");
    expect(got).toContain("KE|Comprehensive Partnership|2025");
  });
});

describe("partnerships: a step 'earlier in the week'", () => {
  it("dates a framework signed 'earlier in the week' by the story's year", () => {
    const got = read(
      "The ministers met on Friday. Mexico's president, who had signed a comprehensive partnership with Vietnam in Hanoi earlier in the week, said talks would go on.",
      "2019-06-14",
    );
    expect(got).toContain("MX|Comprehensive Partnership|2019");
  });
});

describe("partnerships: a series of years set off by a comma", () => {
  it("gives each member its own year in '…, Chile and Peru, in 2011, 2013 and 2014 respectively'", () => {
    const got = read(
      "Hanoi has built a ladder of ties. It has signed comprehensive partnerships with Brazil, Chile and Peru, in 2011, 2013 and 2014 respectively.",
      "2015-04-02",
    );
    expect(got).toContain("BR|Comprehensive Partnership|2011");
    expect(got).toContain("CL|Comprehensive Partnership|2013");
    expect(got).toContain("PE|Comprehensive Partnership|2014");
  });
});

describe("partnerships: a 'strategic partner' in a sentence that denies any framework", () => {
  it("reads no framework when the sentence says the two countries have none", () => {
    const got = read(
      'Chile and Vietnam signed a trade deal in Santiago on Monday. Chile is a large copper exporter to Vietnam. Chilean officials have described Vietnam as a "strategic partner" for copper sales, though the two countries have no formal partnership framework.',
      "2023-07-26",
    );
    expect(got).toEqual([]);
  });
});
