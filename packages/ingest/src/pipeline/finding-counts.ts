import type { Analysis } from "../analyse/types.js";

/** Counts of what an analysis holds, to report what a re-analysis changed. */
export interface FindingCounts {
  people: number;
  countries: number;
  organizations: number;
  domesticBodies: number;
  indicators: number;
  partnerships: number;
  quotes: number;
  themes: number;
}

export function countFindings(analysis: Analysis): FindingCounts {
  const ofType = (type: string) => analysis.entities.filter((e) => e.type === type).length;
  return {
    people: ofType("person"),
    countries: ofType("country"),
    organizations: ofType("organization"),
    domesticBodies: ofType("domestic_body"),
    indicators: analysis.indicators.length,
    partnerships: analysis.partnerships.length,
    quotes: analysis.quotes.length,
    themes: analysis.themes.length,
  };
}
