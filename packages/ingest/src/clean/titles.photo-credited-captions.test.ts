import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.js";

// Round 52: lines over the lead that echo it but are no headline. Sentences are written for the tests.
describe("a caption closed by its photo credit in brackets", () => {
  it("is never the headline, however much it echoes the lead", () => {
    const page = [
      "Comune di Lisboa",
      "Skip to main content",
      "Home  City  Council  Topics  Services  News  Contacts",
      "PT | EN",
      "You are here: Home / News / International relations",
      "Lisbon and Nghe An look at port logistics together",
      "Published on 03 May 2024 - Last updated 05 May 2024",
      "Reading time: 3 minutes",
      "Print this page | Share: Facebook Twitter WhatsApp",
      "Mayor Jane Doe welcomes the delegation from Nghe An at the City Hall on Monday (photo City of Lisbon)",
      "Lisbon – A delegation from the Vietnamese province of Nghe An, led by the provincial party secretary, was received on Monday at City Hall by the mayor, who proposed joint work on port logistics.",
      "The two sides agreed to exchange planning officials next year and to study a direct charter route between the cities.",
    ].join("\n");
    const cleaned = cleanArticle(page);
    expect(cleaned.hints.title).toBe("Lisbon and Nghe An look at port logistics together");
    expect(cleaned.body).not.toContain("(photo City of Lisbon)");
    expect(cleaned.body).toContain("proposed joint work on port logistics");
  });
});
