#!/usr/bin/env node
// A realistic synthetic corpus for the benchmark: articles about Vietnam's foreign relations written from sentence
// templates (bench/data/knowledge.json) with many people and their roles, countries, organisations, figures with
// units, partnership frameworks, quotes and dates over 2011–2026; 1–15 KB each; ~3 % exact duplicates and ~5 %
// republished rewrites of an earlier article. Deterministic from a seed and streamed: memory stays constant (only a
// ring of recent originals is kept, for the duplicates), so a million articles cost no more memory than a thousand.
//
//   node bench/generate.mjs --count 10000 --seed 42 > corpus.jsonl
//   node bench/generate.mjs --count 10000 --seed 42 --out corpus.jsonl
import { createHash } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const knowledge = JSON.parse(readFileSync(new URL("./data/knowledge.json", import.meta.url), "utf8"));

/** Shares of the corpus; the rest are original articles. */
export const SHARES = { exactDuplicate: 0.03, rewrite: 0.05 };
/** Shares of the date field's precision; the rest (~10 %) carry no date. */
const DATE_PRECISION = { day: 0.72, month: 0.1, year: 0.08 };
/** How many recent originals duplicates and rewrites are drawn from (bounded, so memory does not grow). */
const RING = 2000;
const VN_PEOPLE = 40_000;
const PEOPLE_PER_COUNTRY = 600;
const BRANDS = 50_000;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/** mulberry32: small, fast and good enough for picking words. */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable number for (seed, a, b): a person's name and role are the same every time they are drawn. */
function hash(seed, a, b = 0) {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(a + 1, 0xc2b2ae35) ^ Math.imul(b + 7, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

const cap = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const short = (country) => country.replace(/^the /, "");
const grouped = (n) => n.toLocaleString("en-US");
const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);

class Writer {
  constructor(seed) {
    this.seed = seed >>> 0;
    this.next = prng(seed);
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** Skewed towards the start of the list, as a few countries and people make most of the news. */
  skewed(n, power = 2.2) {
    return Math.floor(n * this.next() ** power);
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p) {
    return this.next() < p;
  }

  vietnamese(k) {
    const h = hash(this.seed, k, 1);
    const { vietnameseSurnames: s, vietnameseMiddle: m, vietnameseGiven: g, vietnameseRoles: r } = knowledge;
    return {
      name: `${s[h % s.length]} ${m[(h >>> 5) % m.length]} ${g[(h >>> 10) % g.length]}`,
      role: r[(h >>> 17) % r.length],
    };
  }
  foreigner(countryIndex, k) {
    const h = hash(this.seed, countryIndex * 100_003 + k, 2);
    const { foreignGiven: g, foreignFamily: f, foreignRoles: r } = knowledge;
    return { name: `${g[h % g.length]} ${f[(h >>> 8) % f.length]}`, role: r[(h >>> 18) % r.length] };
  }
  /** A made-up but recurring brand ("Korvalen Solar"): the n-th brand is always spelt the same, so rare words recur. */
  brand() {
    const h = hash(this.seed, this.skewed(BRANDS, 1.8), 3);
    const s = knowledge.brandSyllables;
    const word = [0, 6, 12]
      .slice(0, 2 + (h % 2))
      .map((shift) => s[(h >>> shift) % s.length])
      .join("");
    return `${cap(word)} ${knowledge.brandSuffixes[(h >>> 20) % knowledge.brandSuffixes.length]}`;
  }
  company() {
    const roll = this.next();
    if (roll < 0.35) return this.pick(knowledge.companies);
    if (roll < 0.7) return this.brand();
    return `${this.pick(knowledge.cityWords)} ${this.pick(knowledge.sectorWords)} ${this.pick(knowledge.orgSuffixes)}`;
  }
  money() {
    if (this.chance(0.6)) return `US$${(this.int(5, 999) / 10).toFixed(1)} billion`;
    return `US$${this.int(2, 980)} million`;
  }
  pct(lo = 1, hi = 600) {
    return `${(this.int(lo, hi) / 10).toFixed(1)}%`;
  }
  tonnes() {
    return this.chance(0.5)
      ? `${(this.int(11, 99) / 10).toFixed(1)} million tonnes`
      : `${grouped(this.int(1200, 950_000))} tonnes`;
  }
  vnd() {
    return this.chance(0.5) ? `VND${grouped(this.int(2, 950))} trillion` : `VND${grouped(this.int(15, 9500))} billion`;
  }
  ordinal(max = 10) {
    return ORDINALS[this.int(0, max - 1)];
  }

  /** One article's cast and setting; the slots of its templates are filled from here. */
  article(index) {
    const r = this.next();
    const year = Math.min(2026, 2011 + Math.floor(16 * Math.sqrt(r)));
    const month = year === 2026 ? this.int(1, 11) : this.int(1, 12);
    const day = this.int(1, 28);
    const countryIndex = this.skewed(knowledge.countries.length, 1.6);
    const country = knowledge.countries[countryIndex];
    const theme = this.pick(knowledge.themes);
    const outlet = this.pick(knowledge.outlets);
    const vn = this.vietnamese(this.skewed(VN_PEOPLE, 3));
    const foreign = this.foreigner(countryIndex, this.skewed(PEOPLE_PER_COUNTRY, 2.5));
    const estYear = this.int(1950, 1995);
    const upYear = Math.max(estYear + 5, Math.min(year, this.int(2011, 2025)));
    const slots = {
      dateline: () =>
        `${this.pick(["HANOI", "HANOI", "HO CHI MINH CITY", country.capital.toUpperCase(), "DA NANG"])}, ${MONTHS[month - 1]} ${day} (${outlet.tag})`,
      personFull: () => `${vn.role} ${vn.name}`,
      personShort: () => vn.name,
      personTitle: () => (vn.role.length < 26 ? `${cap(vn.role)} ${vn.name}` : vn.name),
      foreignFull: () => `${country.adj} ${foreign.role} ${foreign.name}`,
      foreignShort: () => foreign.name,
      foreignRole: () => foreign.role,
      country: () => country.name,
      countryShort: () => short(country.name),
      adj: () => country.adj,
      capital: () => country.capital,
      place: () => this.pick(["Hanoi", country.capital, "Ho Chi Minh City", this.pick(knowledge.cityWords)]),
      day: () => `${MONTHS[month - 1]} ${day}`,
      themeNoun: () => this.pick(theme.nouns),
      themeNounSecond: () => this.pick(theme.nouns),
      themeNounCap: () => cap(this.pick(theme.nouns)),
      good: () => this.pick(theme.goods),
      good2: () => this.pick(this.pick(knowledge.themes).goods),
      verb: () => this.pick(theme.verbs),
      money: () => this.money(),
      money2: () => this.money(),
      moneyShort: () => `$${(this.int(5, 999) / 10).toFixed(1)}bn`,
      vnd: () => this.vnd(),
      vndUnit: () => `VND${grouped(this.int(8, 180) * 1000)} per kg`,
      pct: () => this.pct(),
      pctSmall: () => this.pct(1, 150),
      pctSmall2: () => this.pct(1, 150),
      tonnes: () => this.tonnes(),
      projects: () => grouped(this.int(12, 4800)),
      people: () => grouped(this.int(120, 480_000)),
      people2: () => grouped(this.int(80, 3000)),
      hectares: () => `${grouped(this.int(12, 5400))} hectares`,
      count: () => String(this.int(2, 40)),
      count2: () => String(this.int(2, 20)),
      monthsCount: () => String(this.int(2, 11)),
      monthName: () => this.pick(MONTHS),
      year: () => String(year - this.skewed(4)),
      prevYear: () => String(year - 1 - this.skewed(3)),
      futureYear: () => String(year + this.int(1, 6)),
      target: () => String(this.pick([2030, 2030, 2035, 2045, year + 5])),
      estYear: () => String(estYear),
      estYear2: () => String(year - this.int(0, 3)),
      upYear: () => String(upYear),
      periodName: () =>
        this.pick([
          `the first quarter of ${year}`,
          `the first six months of ${year}`,
          `the first nine months of ${year}`,
          `${MONTHS[0]}-${MONTHS[month - 1]} ${year}`,
          String(year - 1),
        ]),
      anniversary: () => String(year - estYear),
      anniversaryOrdinal: () => `${year - estYear}th`,
      ordinal: () => this.ordinal(),
      ordinal2: () => this.ordinal(),
      changeWord: () => this.pick(["up", "up", "rising", "an increase of", "down", "a decrease of"]),
      org: () => this.pick(knowledge.organisations),
      org2: () => this.pick(knowledge.organisations),
      company: () => this.company(),
      company2: () => this.company(),
      city: () => this.pick(knowledge.cityWords),
      project: () =>
        this.chance(0.3)
          ? `${this.brand().split(" ")[0]} ${this.pick(knowledge.projectTypes)} project`
          : `${this.pick(knowledge.cityWords)} ${this.pick(knowledge.projectTypes)} project`,
      event: () => this.pick(knowledge.events),
      framework: () => this.pick(knowledge.frameworks),
      outletTag: () => outlet.tag,
      outletName: () => outlet.name,
      surname: () => this.pick(knowledge.vietnameseSurnames),
      quote: () =>
        `${this.pick(knowledge.quoteOpeners)} ${this.fill(this.pick(knowledge.quoteMiddles), slots)}${this.fill(this.pick(knowledge.quoteClosers), slots)}`,
    };
    const datePick = this.next();
    const mm = String(month).padStart(2, "0");
    const date =
      datePick < DATE_PRECISION.day
        ? `${year}-${mm}-${String(day).padStart(2, "0")}`
        : datePick < DATE_PRECISION.day + DATE_PRECISION.month
          ? `${year}-${mm}`
          : datePick < DATE_PRECISION.day + DATE_PRECISION.month + DATE_PRECISION.year
            ? String(year)
            : null;
    return { slots, outlet, date, index };
  }

  fill(template, slots) {
    return template.replace(/\{(\w+)\}/g, (_, name) => {
      const slot = slots[name];
      if (!slot) throw new Error(`template slot {${name}} has no filler`);
      return slot();
    });
  }

  /** Target length: log-normal around 3.5 KB, clamped to 1–14 KB of text (1.2–15 KB a JSONL line). */
  targetBytes() {
    const normal = Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
    return Math.max(1000, Math.min(14_000, Math.round(3500 * Math.exp(0.6 * normal))));
  }

  original(index) {
    const { slots, outlet, date } = this.article(index);
    const title = this.fill(this.pick(knowledge.titles), slots);
    const target = this.targetBytes();
    const paragraphs = [];
    if (this.chance(0.15)) paragraphs.push(this.fill(this.pick(knowledge.captions), slots));
    paragraphs.push(this.fill(this.pick(knowledge.leads), slots));
    let length = paragraphs.reduce((sum, p) => sum + p.length + 2, 0);
    while (length < target) {
      let paragraph;
      if (this.chance(0.22)) paragraph = this.fill(this.pick(knowledge.quoteFrames), slots);
      else {
        const sentences = [];
        for (let i = this.int(2, 4); i > 0; i--) sentences.push(this.fill(this.pick(knowledge.sentences), slots));
        paragraph = sentences.join(" ");
      }
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
    paragraphs.push(this.fill(this.pick(knowledge.closings), slots));
    const record = { title, text: paragraphs.join("\n\n"), outlet: outlet.name };
    if (date) record.date = date;
    record.url = `https://${outlet.domain}/${slug(title)}-${index}.html`;
    if (this.chance(0.4)) record.author = this.vietnamese(this.int(0, VN_PEOPLE - 1)).name;
    return { record, outlet };
  }

  /** Wire copy republished elsewhere: another outlet's header and byline, a retouched title, one sentence edited. */
  rewrite(source, index) {
    const outlet = this.pick(knowledge.outlets.filter((o) => o.name !== source.record.outlet));
    const paragraphs = source.record.text.split("\n\n");
    const edit = this.int(1, Math.max(1, paragraphs.length - 1));
    if (this.chance(0.5) && paragraphs.length > 3) paragraphs.splice(edit, 1);
    else paragraphs[edit] = (paragraphs[edit] ?? "").replace(/\d+(?:\.\d+)?/, (n) => String(Number(n) + 1));
    paragraphs[0] = paragraphs[0].replace(/\(([^()]+)\)(?= –)/, `(${outlet.tag})`);
    const prefix = this.pick(knowledge.republishPrefixes).replace("{outletName}", source.record.outlet);
    const text = this.chance(0.5) ? [prefix, ...paragraphs].join("\n\n") : [...paragraphs, prefix].join("\n\n");
    const title = this.chance(0.5) ? source.record.title : `${source.record.title.replace(/^Vietnam, /, "Viet Nam, ")}`;
    const record = { title, text, outlet: outlet.name };
    if (source.record.date) record.date = source.record.date;
    record.url = `https://${outlet.domain}/${slug(title)}-${index}.html`;
    return record;
  }
}

/**
 * The corpus as JSONL lines, one per article, lazily: `count` lines from `seed`. Each line ends with "\n".
 * Kinds are counted in `stats` as they are produced (original, exactDuplicate, rewrite).
 */
export function* corpusLines(count, seed = 42, stats = { original: 0, exactDuplicate: 0, rewrite: 0 }) {
  const writer = new Writer(seed);
  const ring = [];
  for (let i = 0; i < count; i++) {
    const roll = writer.next();
    if (ring.length > 0 && roll < SHARES.exactDuplicate) {
      stats.exactDuplicate++;
      yield writer.pick(ring).line;
    } else if (ring.length > 0 && roll < SHARES.exactDuplicate + SHARES.rewrite) {
      stats.rewrite++;
      yield `${JSON.stringify(writer.rewrite(writer.pick(ring), i))}\n`;
    } else {
      stats.original++;
      const made = writer.original(i);
      const line = `${JSON.stringify(made.record)}\n`;
      const entry = { record: made.record, line };
      if (ring.length < RING) ring.push(entry);
      else ring[writer.int(0, RING - 1)] = entry;
      yield line;
    }
  }
}

/** Streams the corpus to a writable stream (a file or stdout), waiting on back-pressure; returns counts and bytes. */
export async function writeCorpusTo(stream, count, seed = 42) {
  const stats = { original: 0, exactDuplicate: 0, rewrite: 0, bytes: 0 };
  let batch = "";
  for (const line of corpusLines(count, seed, stats)) {
    batch += line;
    if (batch.length >= 1 << 20) {
      stats.bytes += Buffer.byteLength(batch);
      if (!stream.write(batch)) await new Promise((resolve) => stream.once("drain", resolve));
      batch = "";
    }
  }
  stats.bytes += Buffer.byteLength(batch);
  if (batch) stream.write(batch);
  return stats;
}

/** Writes the corpus to `path`; resolves when the file is closed. */
export async function writeCorpus(path, count, seed = 42) {
  const out = createWriteStream(path);
  const stats = await writeCorpusTo(out, count, seed);
  await new Promise((resolve, reject) => {
    out.on("error", reject);
    out.end(resolve);
  });
  return stats;
}

// Cached corpora are named by size, seed and this hash of the generator and its data, so an edited generator
// regenerates; every bench reads the same cache.
const generatorVersion = createHash("sha1")
  .update(readFileSync(new URL(import.meta.url)))
  .update(readFileSync(new URL("./data/knowledge.json", import.meta.url)))
  .digest("hex")
  .slice(0, 8);

/**
 * The corpus of a size and seed under `work`, generated once (through a `.partial` file, so a stopped run leaves no
 * half corpus under the final name). `generated` has the counts and seconds when this call wrote it, else null.
 */
export async function cachedCorpus(work, size, seed, log = () => {}) {
  const path = join(work, `corpus-${size}-s${seed}-${generatorVersion}.jsonl`);
  if (existsSync(path)) return { path, generated: null };
  mkdirSync(work, { recursive: true });
  log(`generating ${size} articles → ${path}`);
  const started = performance.now();
  const generated = await writeCorpus(`${path}.partial`, size, seed);
  generated.seconds = (performance.now() - started) / 1000;
  rmSync(path, { force: true });
  renameSync(`${path}.partial`, path);
  return { path, generated };
}

function parseArgs(argv) {
  const options = { count: 1000, seed: 42, out: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = inline ?? argv[++i];
    if (flag === "--count") options.count = Number(value);
    else if (flag === "--seed") options.seed = Number(value);
    else if (flag === "--out") options.out = value;
    else throw new Error(`unknown option ${argv[i]} (use --count N --seed S [--out FILE])`);
  }
  if (!Number.isInteger(options.count) || options.count < 0) throw new Error("--count must be a whole number");
  if (!Number.isInteger(options.seed)) throw new Error("--seed must be a whole number");
  return options;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const stats = options.out
    ? await writeCorpus(options.out, options.count, options.seed)
    : await writeCorpusTo(process.stdout, options.count, options.seed);
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `${JSON.stringify({ ...stats, seconds: Number(seconds.toFixed(2)), mbPerSecond: Number((stats.bytes / 1e6 / seconds).toFixed(1)) })}\n`,
  );
}
