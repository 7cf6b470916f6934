// Synthetic corpora for the benchmark: seed paragraphs recombined, with countries, figures, dates and outlets varied,
// and a share of exact and near duplicates, written as JSONL (one article per line).
import { createWriteStream, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const COUNTRIES = [
  "Australia",
  "France",
  "Malaysia",
  "Japan",
  "India",
  "Indonesia",
  "Singapore",
  "Thailand",
  "the Philippines",
  "the Republic of Korea",
  "Germany",
  "Italy",
  "the United Kingdom",
  "the United States",
  "Canada",
  "Brazil",
  "Argentina",
  "Chile",
  "Mexico",
  "South Africa",
  "Egypt",
  "Nigeria",
  "Kenya",
  "Saudi Arabia",
  "the UAE",
  "Qatar",
  "New Zealand",
  "Spain",
  "Poland",
  "Hungary",
  "Czechia",
  "Laos",
  "Cambodia",
  "Mongolia",
  "Kazakhstan",
  "Russia",
];
const OUTLETS = ["VNA", "VOV World", "Lao Dong", "Nhan Dan", "Vietnam News", "Tuoi Tre", "VnExpress", "Hanoi Times"];
const COUNTRY_PATTERN = new RegExp(`\\b(${COUNTRIES.map((c) => c.replace(/^the /, "")).join("|")})\\b`, "g");

/** Deterministic pseudo-random numbers, so two runs measure the same corpus. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedParagraphs(seedsDir) {
  const paragraphs = [];
  for (const file of readdirSync(seedsDir).sort()) {
    for (const paragraph of readFileSync(join(seedsDir, file), "utf8").split(/\n+/)) {
      const text = paragraph.trim();
      if (text.split(/\s+/).length >= 25 && !/RELATED NEWS|Photo:/.test(text)) paragraphs.push(text);
    }
  }
  return paragraphs;
}

function article(paragraphs, next, index) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const count = 4 + Math.floor(next() * 8);
  const body = [];
  for (let i = 0; i < count; i++) {
    body.push(
      pick(paragraphs)
        .replace(COUNTRY_PATTERN, () => pick(COUNTRIES).replace(/^the /, ""))
        .replace(/\b\d{2,3}\b(?! ?(?:st|nd|rd|th)\b)/g, () => String(10 + Math.floor(next() * 190))),
    );
  }
  const year = 2015 + Math.floor(next() * 12);
  const month = String(1 + Math.floor(next() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(next() * 28)).padStart(2, "0");
  return {
    title: `Vietnam and ${pick(COUNTRIES).replace(/^the /, "")} deepen ties (${index})`,
    outlet: pick(OUTLETS),
    published: `${year}-${month}-${day}`,
    url: `https://example.org/news/${index}`,
    text: body.join("\n\n"),
  };
}

/** Writes `size` articles: ~3% exact copies and ~3% near copies (new headline and a caption) of earlier ones. */
export async function writeCorpus(path, size, seedsDir, seed = 42) {
  const paragraphs = seedParagraphs(seedsDir);
  const next = random(seed);
  const out = createWriteStream(path);
  const recent = [];
  let bytes = 0;
  for (let i = 0; i < size; i++) {
    const roll = next();
    let record;
    if (roll < 0.03 && recent.length > 0) {
      record = { ...recent[Math.floor(next() * recent.length)], url: `https://mirror.example.org/${i}` };
    } else if (roll < 0.06 && recent.length > 0) {
      const original = recent[Math.floor(next() * recent.length)];
      record = {
        ...original,
        title: `${original.title} (updated)`,
        text: `${original.text}\n\nFile photo (Photo: VNA)`,
      };
    } else {
      record = article(paragraphs, next, i);
      recent.push(record);
      if (recent.length > 200) recent.shift();
    }
    const line = `${JSON.stringify(record)}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  return { bytes };
}
