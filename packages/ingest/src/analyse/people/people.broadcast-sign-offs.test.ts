import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 49: a broadcast's correspondent is named in the sign-off ("Name reporting from Place"), and a bulletin's
 * turns then label them by the surname alone.
 */
const read = (body: string) => analyseArticle(body, {});

describe("broadcast sign-offs", () => {
  it("reads the correspondent a sign-off names", () => {
    const people = read("The talks ran late into the night. Ana Ferreira reporting from Lisbon.").entities.filter(
      (e) => e.type === "person",
    );
    expect(people.map((e) => e.name)).toEqual(["Ana Ferreira"]);
  });

  it("credits the surname-labelled turns of a bulletin to the correspondent signed off", () => {
    const body = [
      "Host: Ministers met in Oslo today. Our correspondent has been at the talks.",
      "Lindqvist: The ministers signed a fisheries accord after two days of talks in the capital.",
      "Host: Was anything left open?",
      "Lindqvist: Quotas for next year are still to be set by the two sides in the spring.",
      "Host: Petra Lindqvist reporting from Oslo. Thank you.",
    ].join("\n");
    expect(read(body).quotes.map((q) => [q.speaker, q.text.split(" ").slice(0, 3).join(" ")])).toEqual([
      ["Petra Lindqvist", "The ministers signed"],
      ["Petra Lindqvist", "Quotas for next"],
    ]);
  });

  it("takes no sign-off from a verb that reports something else", () => {
    const people = read("Radio Hanoi reporting for the world service began in 1945.").entities;
    expect(people.filter((e) => e.type === "person")).toEqual([]);
  });
});
