import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

const entities = (body: string) => analyseArticle(body, {}).entities;
const orgs = (body: string) =>
  entities(body)
    .filter((e) => e.type === "organization")
    .map((o) => o.name);

describe("bodies named by their membership", () => {
  it("reads a head, 'of' and a plural of states as an international body whatever the head", () => {
    expect(orgs("Ministers of the Council of Baltic Sea States met in Riga.")).toEqual([
      "Council of Baltic Sea States",
    ]);
    expect(orgs("The bid was endorsed by the Group of Eastern European States on Monday.")).toEqual([
      "Group of Eastern European States",
    ]);
    expect(orgs("Envoys of the League of Arab States and the Union of South American Nations attended.")).toEqual([
      "League of Arab States",
      "Union of South American Nations",
    ]);
  });

  it("names no country from the adjective of place inside the membership", () => {
    const found = entities("Observers from the Organization of American States arrived on Monday.");
    expect(found.filter((e) => e.type === "country").map((e) => e.name)).toEqual([]);
  });

  it("reads a membership followed by a known body's acronym as that body", () => {
    expect(orgs("It has ties with 18 members of the Group of Leading Developed and Emerging Economies (G20).")).toEqual(
      ["G20"],
    );
  });

  it("does not read 'United States' or a membership with no words of its own as a body", () => {
    expect(orgs("The President of the United States spoke to the press.")).toEqual([]);
    expect(orgs("The Conference of States Parties will meet in The Hague.")).toEqual([]);
  });
});

describe("bodies written out with their remit", () => {
  it("reads a head inside the name before its remit when a strong cue opens the name", () => {
    expect(orgs("Inspectors from the World Organisation for Animal Health visited the farm.")).toEqual([
      "World Organisation for Animal Health",
    ]);
    expect(orgs("Brazil launched the Global Alliance Against Hunger and Poverty in Rio.")).toEqual([
      "Global Alliance Against Hunger and Poverty",
    ]);
  });

  it("leaves a remit name without a strong cue alone", () => {
    expect(orgs("The Saigon Fund for Rural Schools gave 300 bicycles.")).toEqual([]);
  });

  it("reads a run written wholly in capitals as a heading, not a body", () => {
    expect(orgs("HILL WATCH\n\nLawmakers returned to Washington on Monday.")).toEqual([]);
  });
});

describe("a UN organ's bare name", () => {
  it("reads 'the General Assembly' standing alone as the UN's", () => {
    expect(orgs("Vietnam won 192 votes in the General Assembly on Friday.")).toEqual(["UN General Assembly"]);
  });

  it("reads the organ 'of the United Nations' and one in a title-case line as the UN's", () => {
    expect(orgs("He addressed the General Assembly of the United Nations in New York.")).toContain(
      "UN General Assembly",
    );
    expect(orgs("Vietnam Wins Security Council Seat\n\nThe vote was held on Friday.")).toEqual(["UN Security Council"]);
  });

  it("leaves an assembly glued to another body's name to that body", () => {
    expect(orgs("Delegates opened the AIPA General Assembly in Jakarta.")).toEqual([
      "ASEAN Inter-Parliamentary Assembly",
    ]);
    expect(orgs("She chaired the General Assembly of the Inter-Parliamentary Union in Geneva.")).toEqual([
      "Inter-Parliamentary Union",
    ]);
  });

  it("reads the Korean presidential office as a national body, not a person", () => {
    const found = entities("Cheong Wa Dae said the two leaders would meet again in May.");
    expect(found.map((e) => `${e.type}:${e.name}`)).toEqual(["domestic_body:Cheong Wa Dae"]);
  });
});
