import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Consular and labour stories profile private people by their trade ("a 31-year-old garment worker", "a pharmacy
// graduate") and quote mission staff by their rank ("a counsellor of the embassy", "labour attache at the embassy"):
// these are the roles the readings give. An age written into the aside ("a 31-year-old from …") profiles the person
// as an age between commas does, so the aside may run long before the speech verb. Sentences are the tests' own.
const peopleOf = (body: string) =>
  Object.fromEntries(
    analyseArticle(body, {})
      .entities.filter((e) => e.type === "person")
      .map((e) => [e.name, (e.roles ?? []).map((r) => r.role)]),
  );

describe("trades and mission ranks of consular stories", () => {
  it("reads a worker's and a graduate's trade", () => {
    expect(peopleOf("Dang Thi Hue, a garment worker from Ha Tinh, said the agency kept her passport.")).toEqual({
      "Dang Thi Hue": ["garment worker"],
    });
    expect(peopleOf("Dang Thi Hue, a pharmacy graduate from Ha Tinh, said she would leave in May.")).toEqual({
      "Dang Thi Hue": ["pharmacy graduate"],
    });
  });

  it("reads a mission's counsellor, a labour attache and a commissioner", () => {
    expect(peopleOf("Kim Do-hyun, a counsellor of the Korean Embassy, said the case was closed.")).toEqual({
      "Kim Do-hyun": ["counsellor of the Korean Embassy"],
    });
    expect(peopleOf("Vo Van Hai, labour attache at the Vietnamese Embassy, said the workers were safe.")).toEqual({
      "Vo Van Hai": ["labour attache at the Vietnamese Embassy"],
    });
    expect(peopleOf("The commissioner for human rights, Eva Dvorak, said the vote was fair.")).toEqual({
      "Eva Dvorak": ["commissioner for human rights"],
    });
  });
});

describe("an age written into the aside", () => {
  it("lets a long profile run on to the speech verb", () => {
    const body =
      "Dang Thi Hue, a 31-year-old from Ha Tinh who is learning Korean for a factory job in Busan, said her family had sold a buffalo.";
    expect(Object.keys(peopleOf(body))).toEqual(["Dang Thi Hue"]);
  });
});
