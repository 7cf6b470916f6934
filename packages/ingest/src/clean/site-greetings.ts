import { z } from "zod";
import data from "./data/site-greetings.json" with { type: "json" };
import { alternation } from "./patterns.js";

const SiteGreetings = z.object({ about: z.string(), openers: z.array(z.string().min(1)) });
const config = SiteGreetings.parse(data);

// "Welcome to the United Nations": an opener, then a name of capitalised words ("of", "and", "for" may join them).
const GREETING = new RegExp(
  `^(?:${alternation(config.openers)})\\s+\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?:\\s+(?:(?:of|and|for|the|on)\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'’-]*){0,6}\\s*[!.]?$`,
  "u",
);

/**
 * A site's greeting on its top bar ("Welcome to the United Nations"): it names the site, not the story. A headline
 * may open so too ("Welcome to the New Cold War"), so the title reader passes it over only while another line is left.
 */
export function isSiteGreeting(line: string): boolean {
  return line.length <= 80 && config.openers.some((opener) => line.startsWith(opener)) && GREETING.test(line);
}
