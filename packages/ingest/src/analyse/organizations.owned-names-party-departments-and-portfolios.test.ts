import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";
import { roleRows } from "./testing/people-readings.js";

const intl = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "organization")
    .map((o) => o.name);

// A known body glued before a longer name of a body owns it: the longer name is the body the text names.
describe("a known body's name at the head of a longer one", () => {
  it("reads a fund with its remit after the owner as the fund, not the owner", () => {
    expect(intl("The OPEC Fund for Green Growth will co-finance the line, the bank said.")).toEqual([
      "OPEC Fund for Green Growth",
    ]);
  });

  it("reads a council of three words after a bloc's name as that council", () => {
    expect(intl("Ministers met members of the APEC Business Advisory Council in Lima.")).toEqual([
      "APEC Business Advisory Council",
    ]);
  });

  it("leaves the UN's family name out of a UN commission's own name", () => {
    expect(intl("Vietnam ran for a seat on the UN Commission on Crime Prevention and Criminal Justice.")).toEqual([
      "Commission on Crime Prevention and Criminal Justice",
    ]);
  });

  it("reads the owner and the head alone, after the full name, as the same body", () => {
    expect(
      intl("The OPEC Fund for Green Growth signed the loan. The OPEC Fund will also pay for training, officials said."),
    ).toEqual(["OPEC Fund for Green Growth"]);
  });

  it("keeps the owner before a short meeting, programme or organ name", () => {
    expect(intl("Leaders opened the ASEAN Future Forum in Hanoi.")).toEqual(["ASEAN"]);
    expect(intl("The ASEAN Secretariat released the figures.")).toEqual(["ASEAN"]);
    expect(intl("The LMC Special Fund paid for 20 projects.")).toEqual(["Lancang-Mekong Cooperation"]);
  });
});

describe("a party's department and an office's portfolio", () => {
  it("does not read a party acronym's international department as an international organisation", () => {
    expect(intl("He met the JCP International Commission and the ANC International Relations Commission.")).toEqual([]);
  });

  it("reads the body after an office's portfolio, not the portfolio", () => {
    expect(
      intl(
        "He received Irina Volkova, Minister of Integration and Macroeconomics of the Eurasian Economic Commission.",
      ),
    ).toEqual(["Eurasian Economic Commission"]);
  });

  it("does not read a free trade area as a body", () => {
    expect(intl("Trade grew under the African Continental Free Trade Area last year.")).toEqual([]);
  });

  it("reads a UN agency's full style with 'of the United Nations' as one mention of the agency", () => {
    const found = analyseArticle("The Food and Agriculture Organization of the United Nations will train farmers.", {})
      .entities.filter((e) => e.type === "organization")
      .map((o) => [o.name, o.mentions.map((m) => m.surface)]);
    expect(found).toEqual([
      ["Food and Agriculture Organization", ["Food and Agriculture Organization of the United Nations"]],
    ]);
  });

  it("reads the forums of parties and the Lower Mekong Initiative as international", () => {
    expect(
      intl(
        "They agreed to coordinate at the International Conference of Asian Political Parties and the Lower Mekong Initiative.",
      ),
    ).toEqual(["International Conference of Asian Political Parties", "Lower Mekong Initiative"]);
  });
});

// "Coordinating Minister for Economic Affairs": Indonesia's coordinating ministers keep the rank in the title.
roleRows("a coordinating minister's title", [
  [
    "Airlangga Hartarto, Coordinating Minister for Economic Affairs, said so.",
    "Airlangga Hartarto",
    ["Coordinating Minister for Economic Affairs"],
  ],
  ["Coordinating Minister Luhut Pandjaitan said so.", "Luhut Pandjaitan", ["Coordinating Minister"]],
]);
