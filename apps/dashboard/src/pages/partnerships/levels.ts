import type { PartnershipLevel } from "../../api/types.js";

/** Partnership levels, highest first; the rank is the API's `levelRank` and picks the colour (CSS `.level-N`). */
export const partnershipLevels = [
  { rank: 1, level: "Comprehensive Strategic Partnership" },
  { rank: 2, level: "Strategic Partnership" },
  { rank: 3, level: "Comprehensive Partnership" },
] as const satisfies ReadonlyArray<{ rank: number; level: PartnershipLevel }>;

export function levelClass(rank: number | null | undefined): string {
  return rank ? `level-${rank}` : "level-none";
}
