import { describe, expect, it } from "vitest";
import { HOME_CODE, HOME_NAME, HOME_POSSESSIVE } from "./home-country.js";

describe("the home country", () => {
  it("is one ISO code, the one the gazetteer gives Vietnam", () => {
    expect(HOME_CODE).toBe("VN");
  });

  it("is named as the press writes it and its capital", () => {
    const name = new RegExp(`^${HOME_NAME}$`);
    for (const written of ["Vietnam", "Viet Nam", "VietNam", "Hanoi", "Ha Noi"]) expect(name.test(written)).toBe(true);
    expect(name.test("Vientiane")).toBe(false);
  });

  it("owns a group only in the possessive of its own names", () => {
    const owner = new RegExp(`^${HOME_POSSESSIVE}$`);
    expect(owner.test("Hanoi’s")).toBe(true);
    expect(owner.test("Viet Nam's")).toBe(true);
    expect(owner.test("Laos's")).toBe(false);
  });
});
