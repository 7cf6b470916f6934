import { copyrightOutlet, isBoilerplate, isSeparator, withoutInlineFurniture } from "./boilerplate.js";
import {
  type Credit,
  isContributorNote,
  readBareCredit,
  readByline,
  readCredits,
  readDashedName,
  readIntroduction,
  readSignoff,
  readSource,
} from "./bylines.js";
import { splitCaptions } from "./captions.js";
import { isPublicationDateLine, readDateline } from "./datelines.js";
import { isRelatedHeading, isRelatedLink } from "./related.js";
import { isHeadline, isSubstantial } from "./title.js";
import type { CleanedArticle, Noise, NoiseKind } from "./types.js";

/** Lower rank wins: a dateline names the outlet more surely than an editor's introduction does. */
enum Rank {
  Dateline = 0,
  Credit = 1,
  Footer = 2,
  Copyright = 3,
  Introduction = 4,
}

const IRREGULAR_SPACE = /\s\s|[^\S ]/;

interface Paragraph {
  text: string;
  at: number;
}

class Findings {
  readonly noise: Array<Noise & { at: number }> = [];
  private outlets: Array<[Rank, string]> = [];
  private authors: Array<[Rank, string]> = [];

  remove(kind: NoiseKind, text: string, at: number): void {
    this.noise.push({ kind, text, at });
  }

  credit(credit: Credit | null, rank: Rank): void {
    if (credit?.outlet) this.outlets.push([rank, credit.outlet]);
    if (credit?.author) this.authors.push([rank, credit.author]);
  }

  best(list: Array<[Rank, string]>): string | null {
    return [...list].sort((a, b) => a[0] - b[0])[0]?.[1] ?? null;
  }

  get outlet(): string | null {
    return this.best(this.outlets);
  }

  get author(): string | null {
    return this.best(this.authors);
  }
}

/** Line-level noise that can sit anywhere: separators, furniture, credits, captions; cut at a related-links heading. */
function removeLineNoise(lines: string[], found: Findings): Paragraph[] {
  const kept: Paragraph[] = [];
  let seenBody = false;
  for (const [at, raw] of lines.entries()) {
    const { kept: line, removed } = withoutInlineFurniture(raw);
    for (const text of removed) found.remove("boilerplate", text, at);
    if (isSeparator(line)) found.remove("separator", line, at);
    else if (isRelatedHeading(line)) {
      // A heading before any body is page navigation; after the body, it starts the links block.
      found.remove("related", seenBody ? lines.slice(at).join("\n") : line, at);
      if (seenBody) break;
    } else if (isRelatedLink(line)) found.remove("related", line, at);
    else if (isBoilerplate(line)) {
      found.remove("boilerplate", line, at);
      const outlet = copyrightOutlet(line);
      if (outlet) found.credit({ author: null, outlet }, Rank.Copyright);
    } else {
      const credit =
        readSource(line) ?? readCredits(line) ?? (isContributorNote(line) ? { author: null, outlet: null } : null);
      if (credit) {
        found.remove("byline", line, at);
        found.credit(credit, Rank.Credit);
        continue;
      }
      const { kept: text, captions } = splitCaptions(line);
      for (const caption of captions) found.remove("caption", caption, at);
      if (!text) continue;
      kept.push({ text, at });
      seenBody ||= isSubstantial(text);
    }
  }
  return kept;
}

/** A byline, author name, publication date or outlet name standing on its own before or after the body. */
function removeFrame(paragraph: Paragraph, found: Findings, afterBody: boolean, afterQuote: boolean): boolean {
  const { text, at } = paragraph;
  if (isPublicationDateLine(text)) {
    found.remove("dateline", text, at);
    return true;
  }
  const byline = readByline(text) ?? readDashedName(text);
  if (byline) {
    found.remove("byline", text, at);
    found.credit(byline, Rank.Credit);
    return true;
  }
  // After a quote, a bare name is the speaker's attribution, which belongs to the body.
  const bare = afterQuote ? null : readBareCredit(text);
  if (bare) {
    found.remove("byline", text, at);
    found.credit(bare, afterBody ? Rank.Footer : Rank.Credit);
    return true;
  }
  return false;
}

/**
 * Separates an article's body from the furniture around it (title, bylines, datelines, captions,
 * related links, share buttons) and reads what the furniture says. Input is `normaliseText` output.
 * @example cleanArticle("Hanoi (VNA) – Viet Nam and Laos signed ...").hints.outlet // => "VNA"
 */
export function cleanArticle(text: string): CleanedArticle {
  const found = new Findings();
  // Normalised input has single spaces already; collapsing again keeps every pattern linear on raw input.
  const lines = text
    .split("\n")
    .map((l) => (IRREGULAR_SPACE.test(l) ? l.replace(/\s+/g, " ") : l).trim())
    .filter(Boolean);
  const paragraphs = removeLineNoise(lines, found);

  const substantial = paragraphs.map((p) => isSubstantial(p.text));
  const firstBody = substantial.indexOf(true);
  const lastBody = substantial.lastIndexOf(true);
  let title: string | null = null;
  const body: Paragraph[] = [];
  for (const [i, paragraph] of paragraphs.entries()) {
    const header = firstBody > 0 && i < firstBody;
    const footer = lastBody >= 0 && i > lastBody;
    // The first line left once furniture is gone: a headline may sit under a share bar or a caption.
    if (header && i === 0 && isHeadline(paragraph.text)) {
      title = paragraph.text;
      found.remove("title", paragraph.text, paragraph.at);
      continue;
    }
    const afterQuote = body.at(-1)?.text.endsWith('"') ?? false;
    if ((header || footer) && removeFrame(paragraph, found, footer, afterQuote)) continue;
    body.push({ ...paragraph });
  }

  const first = body[0];
  const dateline = first ? readDateline(first.text) : null;
  if (first && dateline) {
    found.remove("dateline", dateline.prefix, first.at);
    found.credit({ author: null, outlet: dateline.outlet }, Rank.Dateline);
    first.text = dateline.rest.trim();
  }
  const last = body.at(-1);
  const signoff = last ? readSignoff(last.text) : null;
  if (last && signoff) {
    found.remove(signoff.outlet ? "byline" : "boilerplate", signoff.removed, last.at);
    found.credit({ author: null, outlet: signoff.outlet }, Rank.Credit);
    last.text = signoff.kept.trim();
  }
  for (const paragraph of body.slice(0, 3)) found.credit(readIntroduction(paragraph.text), Rank.Introduction);

  return {
    body: body
      .map((p) => p.text)
      .filter(Boolean)
      .join("\n\n"),
    noise: found.noise.sort((a, b) => a.at - b.at).map(({ kind, text: noiseText }) => ({ kind, text: noiseText })),
    hints: { title, outlet: found.outlet, author: found.author, source: dateline?.outlet ?? null, place: null },
  };
}
