// The people reader: each sentence's cued names with their offices, merged into people, then the article-wide passes.
import type { Sentence } from "../sentences.js";
import {
  addUncuedMentions,
  counterpartOffices,
  fullNamesOfCreditedSurnames,
  givenNamesOfSurnames,
  officesAfterAs,
  sharedOffices,
} from "./article-passes.js";
import { bylineSpeaker } from "./byline-speaker.js";
import { labelRoles } from "./label-roles.js";
import { labelledPeople } from "./labelled-people.js";
import { mergePeople } from "./merging.js";
import type { Covered, Person } from "./person.js";
import { canonicalNames, shortKeys } from "./person-names.js";
import { scanSentences } from "./sentence-scan.js";
import type { SpeakerLabel } from "./speaker-turns.js";

/**
 * People named in the text. Names are found only where English news marks them: a title before
 * ("Foreign Minister Bui Thanh Son"), an honorific ("Mr. Xu"), apposition ("Xu Ningning, Chairman of …")
 * or a speech verb ("Trung said"). A bare surname resolves to the full name used elsewhere in the article.
 */
export function findPeople(
  sentences: readonly Sentence[],
  covered: Covered,
  /** A transcript's speaker labels (speakerLabels): the people named only there are read too. */
  labels: readonly SpeakerLabel[] = [],
  /** The byline the cleaner set aside: a briefing may name its spokesperson only there ('Matthew Miller, …'). */
  byline: string | null = null,
): Person[] {
  canonicalNames.clear();
  shortKeys.clear();
  try {
    return peopleOf(sentences, covered, labels, byline);
  } finally {
    // The article's names are forgotten when it is read (or fails), so the two caches never hold more than one article.
    canonicalNames.clear();
    shortKeys.clear();
  }
}

function peopleOf(
  sentences: readonly Sentence[],
  covered: Covered,
  labels: readonly SpeakerLabel[],
  byline: string | null,
): Person[] {
  const { found, introductions } = scanSentences(sentences, covered);
  const merged = mergePeople(found, sentences);
  const { owners } = merged;
  let { people } = merged;
  givenNamesOfSurnames(sentences, people, covered);
  fullNamesOfCreditedSurnames(sentences, people, covered);
  addUncuedMentions(sentences, people);
  // "Hugh Kilbride is a former diplomat who …" closing an opinion page is its author's note: a person introduced so and
  // never named again anywhere else is no one the story is about (a broadcast guest introduced so speaks later).
  if (introductions.size > 0)
    people = people.filter((p) => p.mentions.some((m) => !introductions.has(m.sentenceIndex)));
  officesAfterAs(sentences, people, covered);
  counterpartOffices(found, owners, people);
  sharedOffices(sentences, people);
  // A transcript's host or reporter may be named only in its speaker labels ('SABRA LANE:'): read after the text's own
  // people, so a label never doubles someone the text names.
  const read = [...people, ...labelledPeople(sentences, labels, people)];
  labelRoles(read, labels);
  // A briefing's spokesperson named only in the byline and labelled 'MR MILLER:' in the transcript.
  const briefer = bylineSpeaker(byline, labels, read, sentences);
  return briefer ? [...read, briefer] : read;
}
