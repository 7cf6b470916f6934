// Counts written under the acronym of a name the page spells out ("12 VSIPs" after "the Vietnam-Singapore Industrial
// Park"): the readings count what the name's own words name.
import type { Sentence } from "../sentences.js";
import type { IndicatorFinding } from "../types.js";

/**
 * "There are now 12 VSIPs …" on a page that names "the Vietnam-Singapore Industrial Park": a count of an acronym whose
 * letters open the words of a capitalised name on the page counts what the name's common words name ("industrial
 * parks"). The hyphened pair that owns the name ("Vietnam-Singapore") is left out, as the readings write such counts.
 * Only such a joint name of a pair is spelled out: an acronym with no hyphened owner in its name ("SEZs"), or with no
 * name on the page, keeps the acronym.
 */
export function spelledAcronymUnits(found: IndicatorFinding[], sentences: readonly Sentence[]): IndicatorFinding[] {
  let text: string | undefined;
  return found.map((f) => {
    const unit = f.unit;
    if (unit === null || !/^[a-z]{3,6}s$/.test(unit)) return f;
    const acronym = unit.slice(0, -1).toUpperCase();
    // only an acronym printed in capitals ("VSIPs"), never a word that happens to be short; the plain search first
    // spares compiling a pattern for every short plural unit ("units", "jobs")
    if (!f.sentence.includes(`${acronym}s`) || !new RegExp(`\\b${acronym}s\\b`).test(f.sentence)) return f;
    text ??= sentences.map((s) => s.text).join("\n");
    const name = new RegExp(`\\b${[...acronym].map((l) => `${l}[a-z]+`).join("[-\\s]")}s?\\b`).exec(text)?.[0];
    if (!name) return f;
    const common = name
      .split(/\s+/)
      .filter((w) => !w.includes("-"))
      .map((w) => w.toLowerCase());
    const last = common.at(-1);
    if (!last || common.length === name.split(/\s+/).length) return f;
    common[common.length - 1] = last.endsWith("s") ? last : `${last}s`;
    return { ...f, unit: common.join(" ") };
  });
}
