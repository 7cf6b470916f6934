import countriesLib from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import gazetteer from "../analyse/data/countries.json" with { type: "json" };
import type { Analysis } from "../analyse/types.js";
import type { GoldArticle } from "./gold.js";

countriesLib.registerLocale(en);

export const fields = ["people", "countries", "organizations", "indicators", "partnerships", "quotes"] as const;
export type Field = (typeof fields)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface FieldScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export type FieldMatch = Counts & { missed: string[]; extra: string[] };

/*
 * One outlet, several names: a reading that writes "VNS" and an analysis that says "Vietnam News" agree. The table
 * lives here, not in the analyser's outlet data, so the scorer does not grade the code with the code's own knowledge.
 */
const sourceAliases: Record<string, string> = {
  vns: "vietnam news",
  "viet nam news": "vietnam news",
  vov: "vov world",
  vovworld: "vov world",
  "voice of vietnam": "vov world",
  vgp: "vietnam government portal",
  "government portal": "vietnam government portal",
  "vietnam news agency": "vna",
  ndo: "nhan dan",
  pano: "people's army newspaper",
  qdnd: "people's army newspaper",
  "quan doi nhan dan": "people's army newspaper",
  "vov.vn": "vov world",
  sggp: "saigon giai phong",
  "sggp news": "saigon giai phong",
  nnt: "national news bureau of thailand",
  "nbt world": "national news bureau of thailand",
  "nhan dan online": "nhan dan",
  "kyodo news": "kyodo",
  "yonhap news agency": "yonhap",
  "press trust of india": "pti",
  "xinhua news agency": "xinhua",
  "itar-tass": "tass",
  "itar tass": "tass",
  "associated press": "ap",
  "agence france-presse": "afp",
  "agence france presse": "afp",
  rfa: "radio free asia",
  // VietnamNet's English edition under its older name.
  "vietnamnet bridge": "vietnamnet",
  // Round 49: Hanoi's city paper by its initials or its name in two words; the Party's e-newspaper by its initials.
  hnm: "hanoimoi",
  "hanoi moi": "hanoimoi",
  "cpv online newspaper": "cpv",
  "cpv online": "cpv",
  "communist party of vietnam online newspaper": "cpv",
  // Round 58: the foreign ministry's weekly by the initials of its Vietnamese name (Thời báo Quốc tế & Việt Nam).
  tgvn: "world and vietnam report",
};
/** An agency's name with or without its generic tail ("Anadolu Agency", "Jiji Press", "the Canadian Press") is one. */
const sourceKey = (name: string) => {
  const key = fold(name).replace(/\s+/g, " ").replace(/^the /, "").trim();
  const named = sourceAliases[key] ?? key;
  const bare = named.replace(/ (?:news agency|press agency|agency|press)$/, "");
  return sourceAliases[bare] ?? bare;
};
/** A wire's update marker before a headline ("(LEAD)", "(2nd LD)", "(URGENT)") is not part of the title. */
const titleKey = (title: string) => fold(title).replace(/^\((?:lead|\d+(?:st|nd|rd|th) ld|urgent|update \d*)\)\s*/, "");

/** A right/total tally for a reading scored on its own (roles, partnership years, source, title). */
export interface Accuracy {
  right: number;
  total: number;
  wrong: string[];
}

/** What the ingest path produced for one file: the cleaned body, what it read about the page, and the analysis. */
export interface Prediction {
  body: string;
  title: string | null;
  /** The agency or outlet a dateline or credit names ("VNA"), null when none. */
  source: string | null;
  analysis: Analysis;
}

export interface ArticleScore {
  file: string;
  fields: Record<Field, FieldMatch>;
  roles: Accuracy;
  partnershipYears: Accuracy;
  source: Accuracy;
  title: Accuracy;
  /** Page noise the gold lists (captions, menus, credits) still found in the cleaned body. */
  noise: string[];
  /** Entities the gold lists as outside the body that the analysis still extracted. */
  leaked: string[];
}

// The scorer reads gold as written: its own fold and country table, never the analyser's helpers.
/**
 * Whether `text` holds `part` with no letter or digit glued to either end: a listed noise string is left in the body
 * only as words of its own ("EFE" as an agency credit, not inside "defeated").
 */
const wordChar = /[\p{L}\p{N}]/u;
const holdsAsWords = (text: string, part: string) => {
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) {
    const before = text[at - 1];
    const after = text[at + part.length];
    const glued =
      (before !== undefined && wordChar.test(before) && wordChar.test(part[0] ?? "")) ||
      (after !== undefined && wordChar.test(after) && wordChar.test(part[part.length - 1] ?? ""));
    if (!glued) return true;
  }
  return false;
};

/** Text as printed, with marks, curly apostrophes and runs of spaces made plain, case kept. */
const plain = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, " ")
    .trim();

const fold = (s: string) => plain(s).toLowerCase();

/** One office in the wordings news uses for it: "Foreign Minister" is the "Minister of Foreign Affairs". */
const OFFICE_WORDINGS: Record<string, string> = {
  "foreign minister": "minister of foreign affairs",
  "minister for foreign affairs": "minister of foreign affairs",
  "defence minister": "minister of national defence",
  "defense minister": "minister of national defence",
  "minister of national defense": "minister of national defence",
  "minister of defence": "minister of national defence",
  "minister of defense": "minister of national defence",
  // Vietnam's head of state (Chu tich nuoc) in the two wordings news uses for the one office.
  "state president": "president",
  pm: "prime minister",
  // An envoy's full style, as official channels write it, is the office news calls "Ambassador".
  "ambassador extraordinary and plenipotentiary": "ambassador",
  premier: "prime minister",
  // A ministry's spokesperson in the wordings news uses (after "spokesman"/"spokeswoman" are read as "spokesperson").
  "foreign ministry spokesperson": "spokesperson of the ministry of foreign affairs",
  "foreign affairs ministry spokesperson": "spokesperson of the ministry of foreign affairs",
  "ministry of foreign affairs spokesperson": "spokesperson of the ministry of foreign affairs",
  "spokesperson of the foreign ministry": "spokesperson of the ministry of foreign affairs",
  "spokesperson for the foreign ministry": "spokesperson of the ministry of foreign affairs",
  "spokesperson for the ministry of foreign affairs": "spokesperson of the ministry of foreign affairs",
};
// A state named before or after an office does not change the office: "Vietnamese Prime Minister", "President of China".
// The states are the gazetteer's: every English name the ISO list gives, the news aliases and the demonyms of
// analyse/data/countries.json, plus the abbreviated "S. Korean"; longest first, so "south korean" wins over "korean".
const STATE_NAMES = `(?:${[
  ...new Set(
    [
      "s. korean",
      ...Object.values(en.countries).flat(),
      ...Object.values(gazetteer.aliases).flat(),
      ...Object.keys(gazetteer.demonymOrgans.demonyms),
    ].map((name) => name.toLowerCase().replace(/^the /, "")),
  ),
]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|")})`;
const STATE_WORDS = new RegExp(`^${STATE_NAMES}(?:['’]s)?\\s+`);
// "General Secretary of Vietnam's Communist Party" is the general secretary "of the Communist Party": a state's
// possessive after "of" names the holder's country, as the state before the office does.
const OF_STATES = new RegExp(` of ${STATE_NAMES}'s `);
// The party an office belongs to does not change the office either: "Communist Party General Secretary", "General
// Secretary of the Communist Party of Vietnam (CPV) Central Committee" and "General Secretary" are one office.
// Laos's ruling party is the Lao People's Revolutionary Party: its general secretary's office reads the same way.
// Round 47: "the ruling Communist Party" is the same party, the word "ruling" only describing it.
const RULING_PARTY = `(?:(?:ruling )?(?:vietnamese |chinese )?communist party(?: of [a-z ]+?)?|(?:ruling )?(?:lao )?people'?s revolutionary party)`;
const PARTY_BEFORE = new RegExp(`^(?:the )?${RULING_PARTY} (general secretary|chief)$`);
// "General Secretary of the Central Committee of the Communist Party of Viet Nam" names the committee first.
// Round 49: Vietnamese pages name the ruling party "the Party" alone ("General Secretary of the Party Central
// Committee"), as "Party General Secretary" does before the office.
const PARTY_AFTER = new RegExp(
  `^(general secretary) of the (?:central committee of the )?(?:${RULING_PARTY}|party)(?: central committee)?$`,
);
/** "Ambassador to Viet Nam" is the office "Ambassador" held for a state, as "Vietnamese Ambassador" is. */
const toState = (tail: string) => /^[A-Z]{2}$/.test(goldCountryCode(tail.replace(/^the /, "")));
/** A state's style before its name: "the Socialist Republic of", "the Kingdom of". */
const STATE_STYLE =
  /^(?:the )?(?:(?:socialist |federal |democratic |people's |islamic )*republic of |kingdom of |state of )?/;
/**
 * "minister of foreign affairs of malaysia", "minister of industry and trade of the socialist republic of viet nam":
 * after a portfolio named with "of", a last "of" that opens only a state names the holder's country, not the office.
 */
const withoutTrailingState = (role: string) => {
  for (let at = role.indexOf(" of "); at >= 0; at = role.indexOf(" of ", at + 1)) {
    const title = role.slice(0, at);
    if (!title.includes(" of ")) continue;
    if (toState(role.slice(at + 4).replace(STATE_STYLE, ""))) return title;
  }
  return role;
};
const office = (role: string) => {
  const bare = fold(role)
    .replace(/[.,]/g, "")
    .replace(/\bspokes(?:man|woman)\b/g, "spokesperson")
    .replace(/\s*\((?:cpv|cpc)\)/g, "")
    .replace(STATE_WORDS, "")
    .replace(OF_STATES, " of the ")
    .replace(PARTY_BEFORE, "party $1")
    .replace(/^party (general secretary)$/, "$1")
    .replace(PARTY_AFTER, "$1")
    .replace(/^(.+?) to ((?:the )?[a-z ]+)$/, (whole, title: string, tail: string) => (toState(tail) ? title : whole))
    // "Prime Minister of Timor-Leste": a hyphenated state name is a state as "of Malaysia" is.
    .replace(/\s+of\s+(?:the\s+)?([a-z]+(?:-[a-z]+)+)$/, (whole, tail: string) => (toState(tail) ? "" : whole))
    // "Minister of Foreign Affairs of Malaysia": the state after a portfolio is the holder's country, as it is after any
    // other office below ("Ambassador of the Republic of India" is "Ambassador").
    .replace(/^.+ of .+ of .+$/, withoutTrailingState)
    .replace(/\s+of\s+(?:the\s+)?(?:socialist republic of\s+)?[a-z ]+$/, (tail) =>
      /\b(?:affairs|defen[cs]e|trade|industry|planning|investment|finance|security|justice|health|education|state|party|assembly|office|government|committee|commission|ministry|department|council)\b/.test(
        tail,
      )
        ? tail
        : "",
    )
    .trim();
  return OFFICE_WORDINGS[bare] ?? bare;
};

/**
 * "UN Security Council" and "United Nations Security Council" are one name, once abbreviated: readers expand a bare
 * "Security Council" either way, so the UN's abbreviation at a name's start reads as the name spelled out.
 */
const orgName = (name: string) => fold(name).replace(/^(?:the )?u\.?n\.? (?=\S)/, "united nations ");

/** "his Vietnamese counterpart": a relation between two people, not an office, so never scored as a role. */
const isOffice = (role: string) => !/\bcounterparts?$/.test(role);

const words = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Names the ISO list does not carry as news writes them. */
const COUNTRY_ALIASES: Record<string, string> = {
  brunei: "BN",
  laos: "LA",
  vietnam: "VN",
  "viet nam": "VN",
  "south korea": "KR",
  "republic of korea": "KR",
  "north korea": "KP",
  "united states": "US",
  "united kingdom": "GB",
  russia: "RU",
  "european union": "EU",
  "timor-leste": "TL",
  // Short names the ISO list does not take ("Moldova, Republic of", "Syrian Arab Republic", …).
  "east timor": "TL",
  moldova: "MD",
  syria: "SY",
  micronesia: "FM",
  vatican: "VA",
  "holy see": "VA",
  macau: "MO",
  macao: "MO",
  burma: "MM",
};

export function goldCountryCode(name: string): string {
  return COUNTRY_ALIASES[fold(name)] ?? countriesLib.getAlpha2Code(name, "en") ?? fold(name);
}

/** Units as gold and analyser write them, reduced to one kind: currencies to ISO codes, counted nouns to the singular
 * of their head noun ("member states" → "state"), counts of persons to "people". */
const UNIT_ALIASES: Record<string, string> = {
  us$: "USD",
  usd: "USD",
  $: "USD",
  dollar: "USD",
  "us dollar": "USD",
  "%": "percent",
  "per cent": "percent",
  pct: "percent",
  "percentage point": "percent",
  yen: "JPY",
  "¥": "JPY",
  yuan: "CNY",
  rmb: "CNY",
  euro: "EUR",
  "€": "EUR",
  dong: "VND",
  won: "KRW",
  ringgit: "MYR",
  rm: "MYR",
  rupiah: "IDR",
  baht: "THB",
  rupee: "INR",
  a$: "AUD",
  nz$: "NZD",
  s$: "SGD",
  person: "people",
  compatriot: "people",
  individual: "people",
  fta: "agreement",
  ton: "tonne",
  mou: "memorandum",
  mous: "memorandum",
};
/** Words before the head noun that change what is counted. */
const KIND_MODIFIERS = new Set(["square", "cubic"]);

/** Plurals that no ending rule reduces: the same noun, so one key. */
const IRREGULAR_PLURALS: Record<string, string> = { memoranda: "memorandum", criteria: "criterion" };

function singular(word: string): string {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular) return irregular;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|us)$/.test(word)) return word;
  if (/(ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

export function unitKey(unit: string | null | undefined): string | null {
  if (!unit) return null;
  const f = fold(unit);
  if (f === "") return null;
  const direct = UNIT_ALIASES[f];
  if (direct) return direct;
  if (/^[a-z]{3}$/.test(f) && unit === unit.toUpperCase()) return unit.toUpperCase();
  // "memorandums of understanding", "tonnes of rice": the counted noun is the one before "of".
  const parts = f.replace(/ of .+$/, "").split(" ");
  const head = singular(parts.pop() ?? "");
  const modifier = parts.find((w) => KIND_MODIFIERS.has(w));
  const key = UNIT_ALIASES[head] ?? head;
  return modifier ? `${modifier} ${key}` : key;
}

/** One-to-one match: each predicted item takes the first unmatched gold item it agrees with. */
function match<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  same: (g: G, p: P) => boolean,
  showG: (g: G) => string,
  showP: (p: P) => string,
): FieldMatch & { pairs: Array<[G, P]> } {
  const pool = [...gold];
  const extra: string[] = [];
  const pairs: Array<[G, P]> = [];
  for (const p of predicted) {
    const at = pool.findIndex((g) => same(g, p));
    if (at >= 0) pairs.push([pool.splice(at, 1)[0] as G, p]);
    else extra.push(showP(p));
  }
  return { tp: pairs.length, fp: extra.length, fn: pool.length, missed: pool.map(showG), extra, pairs };
}

const uniqueBy = <T>(xs: readonly T[], key: (x: T) => string): T[] => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};
const same = (a: string, b: string) => a === b;
const id = (s: string) => s;
const strip = <T>({ pairs: _, ...rest }: FieldMatch & { pairs: T }): FieldMatch => rest;

const firstFour = (s: string) => words(s).slice(0, 4).join(" ");
/** A quote's first four words; a reading that wrote fewer ("Our countries") fixes only those. */
const sameOpening = (gold: string, predicted: string) => {
  const opening = words(gold).slice(0, 4);
  return opening.length > 0 && opening.join(" ") === words(predicted).slice(0, opening.length).join(" ");
};

function accuracy(): Accuracy {
  return { right: 0, total: 0, wrong: [] };
}

/** Scores one prediction against its gold reading: six fields by match, the rest as accuracies. */
export function scoreArticle(gold: GoldArticle, predicted: Prediction): ArticleScore {
  const { analysis } = predicted;
  const of = (type: string) => analysis.entities.filter((e) => e.type === type);

  const people = uniqueBy(of("person"), (e) => fold(e.name));
  const goldPeople = uniqueBy(gold.people, (p) => fold(p.name));
  const peopleMatch = match(
    goldPeople,
    people,
    (g, p) => fold(g.name) === fold(p.name),
    (g) => g.name,
    (p) => p.name,
  );
  // Strict both ways: a gold role must be found, and a role the analysis gives a matched person that the gold does
  // not list counts against it (so listing one office in several wordings gains nothing).
  const roles = accuracy();
  for (const [g, p] of peopleMatch.pairs) {
    const had = new Set(p.roles.map((r) => office(r.role)).filter(isOffice));
    const wanted = new Set(g.roles.map(office).filter(isOffice));
    for (const role of g.roles.filter((r) => isOffice(office(r)))) {
      roles.total++;
      if (had.has(office(role))) roles.right++;
      else roles.wrong.push(`${g.name}: ${role}`);
    }
    for (const role of had) {
      if (wanted.has(role)) continue;
      roles.total++;
      roles.wrong.push(`${g.name}: extra "${role}"`);
    }
  }
  for (const g of goldPeople.filter((g) => !peopleMatch.pairs.some(([m]) => m === g))) {
    for (const role of g.roles.filter((r) => isOffice(office(r)))) {
      roles.total++;
      roles.wrong.push(`${g.name}: ${role} (person missed)`);
    }
  }

  const countries = [...new Set(of("country").map((e) => e.code ?? fold(e.name)))];
  const goldCountries = [...new Set(gold.countries.map(goldCountryCode))];

  const orgs = uniqueBy(of("organization"), (e) => orgName(e.name));
  const goldOrgs = [...new Set(gold.organizations.map(orgName))];

  const indicators = analysis.indicators;
  const indicatorMatch = match(
    gold.indicators,
    indicators,
    (g, p) => g.value === p.value && (g.unit === undefined || unitKey(g.unit) === unitKey(p.unit)),
    (g) => `${g.value} ${g.unit ?? ""}`.trim(),
    (p) => `${p.value} ${p.unit ?? ""}`.trim(),
  );

  // One reading per country and level: its year is the first year any finding for it gives.
  const partnerships = uniqueBy(analysis.partnerships, (p) => `${p.countryCode}|${p.level}`).map((p) => ({
    code: p.countryCode,
    level: p.level,
    year:
      analysis.partnerships.find((q) => q.countryCode === p.countryCode && q.level === p.level && q.year !== null)
        ?.year ?? null,
  }));
  const goldYear = (y: number | null | undefined) => (typeof y === "number" ? y : null);
  const partnershipMatch = match(
    gold.partnerships,
    partnerships,
    (g, p) =>
      goldCountryCode(g.country) === p.code &&
      fold(g.level) === fold(p.level) &&
      (goldYear(g.year) === null || goldYear(g.year) === p.year),
    (g) => `${g.country}|${g.level}|${g.year ?? "-"}`,
    (p) => `${p.code}|${p.level}|${p.year ?? "-"}`,
  );
  const partnershipYears = accuracy();
  for (const g of gold.partnerships) {
    const year = goldYear(g.year);
    if (year === null) continue;
    const p = partnerships.find((q) => q.code === goldCountryCode(g.country) && fold(q.level) === fold(g.level));
    if (!p) continue;
    partnershipYears.total++;
    if (p.year === year) partnershipYears.right++;
    else partnershipYears.wrong.push(`${g.country} ${g.level}: ${year} read as ${p.year ?? "none"}`);
  }

  const quoteMatch = match(
    gold.quotes,
    analysis.quotes,
    (g, p) => fold(g.speaker) === fold(p.speaker ?? "") && sameOpening(g.textStart, p.text),
    (g) => `${g.speaker}: ${firstFour(g.textStart)}`,
    (p) => `${p.speaker ?? "?"}: ${firstFour(p.text)}`,
  );

  const result: ArticleScore["fields"] = {
    people: strip(peopleMatch),
    countries: strip(match(goldCountries, countries, same, id, id)),
    organizations: strip(
      match(
        goldOrgs,
        orgs,
        // The gold may name a body as the text does ("Mekong-Lancang Cooperation"): any surface the analysis
        // found it under counts, so the scorer needs no alias knowledge of its own.
        (g, p) =>
          g === orgName(p.name) ||
          (p.acronym !== null && g === orgName(p.acronym)) ||
          p.mentions.some((m) => g === orgName(m.surface)),
        id,
        (p) => p.name,
      ),
    ),
    indicators: strip(indicatorMatch),
    partnerships: strip(partnershipMatch),
    quotes: strip(quoteMatch),
  };

  const source = accuracy();
  if (gold.source !== undefined) {
    source.total = 1;
    const right =
      gold.source === null ? predicted.source === null : sourceKey(gold.source) === sourceKey(predicted.source ?? "");
    if (right) source.right = 1;
    else source.wrong.push(`${gold.source ?? "none"} read as ${predicted.source ?? "none"}`);
  }
  const title = accuracy();
  if (gold.title !== undefined) {
    title.total = 1;
    if (titleKey(gold.title ?? "") === titleKey(predicted.title ?? "")) title.right = 1;
    else title.wrong.push(`${gold.title} read as ${predicted.title ?? "none"}`);
  }

  // Noise is matched as printed, case kept: a masthead "GLOBAL TIMES" set aside is gone even when the story goes on to
  // quote "the Global Times" (every listed string occurs on its page in the case written).
  const body = plain(predicted.body);
  const noise = [...gold.notInBody.text, ...gold.noise].filter((t) => plain(t) !== "" && holdsAsWords(body, plain(t)));

  const leaked: string[] = [];
  const names = new Set(people.map((p) => fold(p.name)));
  for (const name of gold.notInBody.people) if (names.has(fold(name))) leaked.push(`person ${name}`);
  for (const name of gold.notInBody.countries) {
    if (countries.includes(goldCountryCode(name))) leaked.push(`country ${name}`);
  }
  return { file: gold.file, fields: result, roles, partnershipYears, source, title, noise, leaked };
}

function rate(c: Counts): FieldScore {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export interface Summary {
  fields: Record<Field | "overall", FieldScore>;
  /** Mean of the six fields' F1. */
  macroF1: number;
  roles: Accuracy;
  partnershipYears: Accuracy;
  source: Accuracy;
  title: Accuracy;
  /** Articles whose body still holds page noise the gold lists, of all articles. */
  noisyPages: number;
  pages: number;
}

const sumAccuracy = (xs: readonly Accuracy[]): Accuracy => ({
  right: xs.reduce((n, x) => n + x.right, 0),
  total: xs.reduce((n, x) => n + x.total, 0),
  wrong: xs.flatMap((x) => x.wrong),
});

/** Micro-averaged precision, recall and F1 per field and overall, macro F1, and the accuracies. */
export function summarise(scores: readonly ArticleScore[]): Summary {
  const total = (f: Field): Counts =>
    scores.reduce(
      (acc, s) => ({ tp: acc.tp + s.fields[f].tp, fp: acc.fp + s.fields[f].fp, fn: acc.fn + s.fields[f].fn }),
      { tp: 0, fp: 0, fn: 0 },
    );
  const perField = Object.fromEntries(fields.map((f) => [f, rate(total(f))])) as Record<Field, FieldScore>;
  const all = fields.reduce(
    (acc, f) => ({ tp: acc.tp + perField[f].tp, fp: acc.fp + perField[f].fp, fn: acc.fn + perField[f].fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return {
    fields: { ...perField, overall: rate(all) },
    macroF1: fields.reduce((n, f) => n + perField[f].f1, 0) / fields.length,
    roles: sumAccuracy(scores.map((s) => s.roles)),
    partnershipYears: sumAccuracy(scores.map((s) => s.partnershipYears)),
    source: sumAccuracy(scores.map((s) => s.source)),
    title: sumAccuracy(scores.map((s) => s.title)),
    noisyPages: scores.filter((s) => s.noise.length > 0).length,
    pages: scores.length,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}`.padStart(6);
const ratio = (a: Accuracy) => (a.total === 0 ? "     -" : `${pct(a.right / a.total)}  (${a.right}/${a.total})`);

/** Fixed-width table of a summary: one row per field, macro F1, then the accuracies and noise left. */
export function formatTable(summary: Summary, heading = "field"): string {
  const rows = [...fields, "overall" as const].map((f) => {
    const s = summary.fields[f];
    return `${f.padEnd(16)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}`;
  });
  return [
    `${heading.padEnd(16)}${"P".padStart(6)}${"R".padStart(6)}${"F1".padStart(6)}   tp   fp   fn`,
    ...rows,
    `${"macro F1".padEnd(28)}${pct(summary.macroF1)}`,
    `${"roles".padEnd(16)}${ratio(summary.roles)}`,
    `${"partner years".padEnd(16)}${ratio(summary.partnershipYears)}`,
    `${"source".padEnd(16)}${ratio(summary.source)}`,
    `${"title".padEnd(16)}${ratio(summary.title)}`,
    `pages with noise left: ${summary.noisyPages} of ${summary.pages}`,
  ].join("\n");
}
