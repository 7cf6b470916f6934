import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

describe("a foreign speaker's 'our' level is their country's with Vietnam", () => {
  it("gives the level to the country in the speaker's title, dated by the step the quotation reports", () => {
    const body =
      '"Two weeks ago our leaders lifted our ties to a Comprehensive Strategic Partnership," said Canadian Ambassador Jane Roe at the port.';
    expect(read(body, "2031-05-20")).toEqual(["CA|Comprehensive Strategic Partnership|2031"]);
  });

  it("gives the level to the country of a speaker named alone, from the sentence that introduced them", () => {
    const body =
      'In a video message to the U.K. community, Ambassador Jane Roe thanked the hosts. "Our Comprehensive Partnership is about deeds," Roe said.';
    expect(read(body, "2031-05-20")).toEqual(["GB|Comprehensive Partnership|-"]);
  });

  it("gives the level to the country of the clause the quotation closes", () => {
    const body =
      'Canada will send medicine, the envoy said, adding that Ottawa stood by "our Strategic Partner in need".';
    expect(read(body, "2031-05-20")).toEqual(["CA|Strategic Partnership|-"]);
  });

  it("reads nothing from a level in lower case, which may be praise", () => {
    expect(read('"Our comprehensive partnership is about deeds," said Canadian Ambassador Jane Roe.')).toEqual([]);
  });

  it("reads nothing from a wish, from a Vietnamese speaker, or from 'our' partnership with a third country", () => {
    expect(read('"We hope to raise our ties to a Strategic Partnership," said Canadian Ambassador Jane Roe.')).toEqual(
      [],
    );
    expect(read('"Our Comprehensive Partnership is about deeds," said Vietnamese Ambassador Le Van Nam.')).toEqual([]);
    const third = read('"Our Strategic Partnership with Mexico is about deeds," said Canadian Ambassador Jane Roe.');
    expect(third.filter((k) => k.startsWith("CA|"))).toEqual([]);
  });
});
