import { describe, expect, it } from "vitest";
import { peopleOf, rolesOf } from "../testing/people-readings.js";

/*
 * Round 19 (r19e): one person, one entry under the fullest name the page gives (READING.md). A form of address is no
 * part of a name or of a title, a title-case headline's verb is no part of the name before it, a single place or body
 * word between "<title> of" and a name is the title's, and an organisation before its own top office stays in the role.
 */
describe("names without forms of address or headline verbs", () => {
  it("drops 'Comrade' before a name", () => {
    expect(
      peopleOf("Comrade Pham Van Chuong, Vice Chairman of the Friendship Association, thanked the hosts."),
    ).toEqual([{ name: "Pham Van Chuong", roles: ["Vice Chairman of the Friendship Association"] }]);
  });

  it("keeps 'Comrade' out of the title that follows it", () => {
    expect(rolesOf("Trong said that Comrade General Secretary Xi Jinping's visit was historic.", "Xi Jinping")).toEqual(
      ["General Secretary"],
    );
  });

  it("ends a name before a title-case headline verb", () => {
    const names = peopleOf(
      "Speaker Woo Won Shik Meets Vice Chairwoman of the Assembly\n\nSpeaker Woo Won Shik said the visit mattered.",
    ).map((p) => p.name);
    expect(names).toContain("Woo Won Shik");
    expect(names).not.toContain("Woo Won Shik Meets");
  });
});

describe("a place or body word between a title's 'of' and the name", () => {
  it("reads the name after 'Chairman of the Mazhilis'", () => {
    expect(peopleOf("Chairman of the Mazhilis Yerlan Koshanov held talks today.")).toEqual([
      { name: "Yerlan Koshanov", roles: ["Chairman of the Mazhilis"] },
    ]);
  });

  it("gives the surname used later its given name from 'Mayor of Sakai Hideki Nagafuji'", () => {
    const names = peopleOf(
      "The deal was signed by Mayor of Sakai Hideki Nagafuji, in the presence of officials. Mayor Nagafuji said the city was ready.",
    ).map((p) => p.name);
    expect(names).toContain("Hideki Nagafuji");
    expect(names).not.toContain("Nagafuji");
  });
});

describe("fullest names and whole offices", () => {
  it("files a person under the name with its middle initial", () => {
    expect(
      peopleOf("IPU President Saber H. Chowdhury opened the Assembly. Saber Chowdhury said it was a first.").map(
        (p) => p.name,
      ),
    ).toEqual(["Saber H. Chowdhury"]);
  });

  it("keeps the organisation before Secretary General in the role", () => {
    expect(rolesOf("IPU Secretary General Martin Chungong welcomed the delegates.", "Martin Chungong")).toEqual([
      "IPU Secretary General",
    ]);
  });
});
