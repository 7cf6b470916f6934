import { readFileSync } from "node:fs";
import { analyseArticle } from "/work/main/packages/ingest/src/analyse/index.js";
import { cleanArticle } from "/work/main/packages/ingest/src/clean/index.js";
import { normaliseText } from "/work/main/packages/ingest/src/normalise/normalise.js";

const f = process.argv[2]!;
const { body } = cleanArticle(normaliseText(readFileSync(f, "utf8")));
if (process.argv[3] === "body") console.log(body);
const a = analyseArticle(body, {});
for (const e of a.entities)
  console.log(
    e.type,
    "|",
    e.name,
    "|",
    e.code ?? e.acronym ?? "",
    "|",
    e.roles.map((r) => r.role).join("; "),
    "|",
    e.mentions.map((m) => m.surface).join(", "),
  );
for (const i of a.indicators) console.log("IND", i.value, i.of, i.unit, i.qualifier, i.key, "|", i.about);
for (const p of a.partnerships) console.log("PART", p.countryName, p.level, p.year, p.yearSource);
for (const q of a.quotes) console.log("Q", q.speaker, "|", q.text.slice(0, 60));
console.log("THEMES", a.themes.map((t) => `${t.key}:${t.score}`).join(" "));
console.log("DATE", JSON.stringify(a.inferredDate));
