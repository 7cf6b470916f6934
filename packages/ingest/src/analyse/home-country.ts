import { z } from "zod";
import data from "./data/home-country.json" with { type: "json" };

/**
 * The country the corpus is about, as data: readers that must tell its own frameworks from other countries' ones
 * ("on Vietnam's list of …", "China's strategic partners, like Laos") build their patterns from these names instead
 * of writing Vietnam into each regex.
 */
const HomeCountry = z.object({
  about: z.string(),
  code: z.string().length(2),
  names: z.array(z.string().min(1)).min(1),
});
const home = HomeCountry.parse(data);

/** The home country's ISO code. */
export const HOME_CODE = home.code;

/** Regex source matching one of the home country's names or its capital's ("Viet Nam", "Hanoi"), as a group. */
export const HOME_NAME = `(?:${home.names.join("|")})`;

/** The same names as a possessive ("Vietnam's", "Hanoi’s"). */
export const HOME_POSSESSIVE = `${HOME_NAME}['’]s`;
