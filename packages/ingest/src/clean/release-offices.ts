import { z } from "zod";
import data from "./data/release-offices.json" with { type: "json" };
import { alternation } from "./patterns.js";

const ReleaseOffices = z.object({ about: z.string(), heads: z.array(z.string().min(1)) });
const config = ReleaseOffices.parse(data);

// "From Carrier Strike Group 1 Public Affairs", "From Commander, U.S. 7th Fleet Public Affairs": a unit's name in
// capitalised words (numbers, initials and one comma allowed), then the office that wrote the release.
const RELEASE_OFFICE = new RegExp(
  `^From\\s+(?:the\\s+)?(?:[\\p{Lu}\\d][\\p{L}\\d.&'’-]*,?\\s+){1,8}(?:${alternation(config.heads)})\\.?$`,
  "u",
);

/**
 * A government or military release credits the office that wrote it, on its own line under the headline, where a
 * newspaper sets a byline: "From <unit> Public Affairs". It names no person and says nothing of the story.
 */
export function isReleaseOfficeLine(line: string): boolean {
  // cheap gate: every such line opens on "From " and is short
  return line.length <= 120 && line.startsWith("From ") && RELEASE_OFFICE.test(line);
}
