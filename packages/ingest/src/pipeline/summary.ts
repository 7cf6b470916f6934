import type { PreparedArticle } from "./prepare.js";
import type { IngestedArticle } from "./report.js";

type Outcome = Pick<IngestedArticle, "id" | "status" | "story" | "duplicateOf">;

/** The report line of one article: its metadata and what was read out of it. */
export function summariseArticle(prepared: PreparedArticle, outcome: Outcome): IngestedArticle {
  const { analysis } = prepared;
  const ofType = (type: string) => analysis.entities.filter((e) => e.type === type);
  return {
    file: prepared.document.sourcePath,
    ...outcome,
    title: prepared.title,
    outlet: prepared.outlet,
    author: prepared.author,
    source: prepared.source,
    publishedAt: prepared.published?.date ?? null,
    body: prepared.body,
    people: ofType("person").map((p) => ({ name: p.name, roles: [...new Set(p.roles.map((r) => r.role))] })),
    countries: ofType("country").map((c) => ({ name: c.name, code: c.code })),
    organizations: ofType("organization").map((o) => ({ name: o.name, acronym: o.acronym })),
    indicators: analysis.indicators.map((i) => ({
      key: i.key,
      value: i.value,
      of: i.of,
      unit: i.unit,
      qualifier: i.qualifier,
      sentence: i.sentence,
    })),
    partnerships: analysis.partnerships.map((p) => ({ country: p.countryName, level: p.level, year: p.year })),
    quotes: analysis.quotes.map((q) => ({ speaker: q.speaker, text: q.text })),
    themes: analysis.themes.map((t) => ({ key: t.key, score: t.score })),
  };
}
