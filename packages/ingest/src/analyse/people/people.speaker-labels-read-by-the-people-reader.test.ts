import { describe, expect, it } from "vitest";
import { findPlaces } from "../gazetteer.js";
import { splitSentences } from "../sentences.js";
import { findPeople } from "./find-people.js";
import { speakerLabels } from "./speaker-turns.js";

/** The people of a body as the analyser reads them: its sentences, the places they name and its speaker labels. */
function peopleOf(body: string, withLabels = true) {
  const sentences = splitSentences(body);
  const covered = new Map<number, Set<number>>();
  for (const p of findPlaces(sentences)) {
    const set = covered.get(p.sentenceIndex) ?? new Set<number>();
    covered.set(p.sentenceIndex, set);
    for (let k = p.from; k < p.to; k++) set.add(k);
  }
  return findPeople(sentences, (s, k) => covered.get(s)?.has(k) ?? false, withLabels ? speakerLabels(body) : []);
}

const TRANSCRIPT = [
  "ANNA KOVAC: Good evening. Tonight we look at the trade talks between Hanoi and Canberra.",
  "Deputy Minister Tran Quoc Binh joins us from the capital.",
  "TRAN QUOC BINH: Thank you. The talks went well and both sides want more flights.",
  "ANNA KOVAC: What comes next for the two sides?",
  "TRAN QUOC BINH: A joint committee meets again in the spring.",
].join("\n\n");

describe("speaker labels are an input of the people reader", () => {
  it("reads a host named only in the labels as one of the page's people", () => {
    const names = peopleOf(TRANSCRIPT).map((p) => p.name);
    expect(names).toContain("Anna Kovac");
    expect(peopleOf(TRANSCRIPT, false).map((p) => p.name)).not.toContain("Anna Kovac");
  });

  it("never doubles a person the text already names when a label names them again", () => {
    const binh = peopleOf(TRANSCRIPT).filter((p) => p.key.includes("binh"));
    expect(binh).toHaveLength(1);
    expect(binh[0]?.roles.map((r) => r.role)).toEqual(["Deputy Minister"]);
  });

  it("places the host's mentions at the labels, with the body's offsets", () => {
    const host = peopleOf(TRANSCRIPT).find((p) => p.name === "Anna Kovac");
    expect(host?.mentions.map((m) => TRANSCRIPT.slice(m.start, m.end))).toEqual(["ANNA KOVAC", "ANNA KOVAC"]);
  });

  it("reads no one from labels when the page has a single labelled paragraph", () => {
    const body =
      "MARK ELLIS: The minister arrives on Monday for two days of talks.\n\nThe visit follows a call in May.";
    expect(peopleOf(body).map((p) => p.name)).not.toContain("Mark Ellis");
  });

  it("reads a two-word label that shares one name word with someone the text names as another person", () => {
    const body = [
      "Prime Minister Le Van Khoa opened the forum in Da Nang on Monday.",
      "NEWSREADER (Van Hieu): Good evening. The forum drew four hundred delegates this year.",
      "CORRESPONDENT (Thu Ha): Thank you. The halls were full from early morning.",
      "CORRESPONDENT (Thu Ha): Delegates will meet again in the spring.",
    ].join("\n\n");
    const names = peopleOf(body).map((p) => p.name);
    expect(names).toContain("Van Hieu");
    expect(names).toContain("Thu Ha");
  });

  it("reads a name bracketed after a programme role as a person though it labels one turn only", () => {
    const body = [
      "The trade fair closed in Hanoi with record orders.",
      "PRESENTER (Kim Oanh): Good evening. The fair drew buyers from thirty countries this week.",
      "JAMES ORR: We signed more contracts here than in any year before.",
      "JAMES ORR: Next year we will bring a larger team.",
    ].join("\n\n");
    expect(peopleOf(body).map((p) => p.name)).toContain("Kim Oanh");
  });

  it("gives the person a label names the programme role the label writes, unless the text gives an office", () => {
    const body = [
      "Deputy Minister Tran Quoc Binh spoke after the talks.",
      "SARA NOLAN, PRESENTER: Good morning. The talks ended late last night.",
      "CORRESPONDENT PAUL REID: Both sides left the room smiling, officials said.",
      "TRAN QUOC BINH, GUEST: The committee meets again in the spring.",
      "SARA NOLAN: Paul, thank you for that report.",
      "CORRESPONDENT PAUL REID: It was a pleasure to be here.",
    ].join("\n\n");
    const roles = Object.fromEntries(peopleOf(body).map((p) => [p.name, p.roles.map((r) => r.role)]));
    expect(roles["Sara Nolan"]).toEqual(["Presenter"]);
    expect(roles["Paul Reid"]).toEqual(["Correspondent"]);
    expect(roles["Tran Quoc Binh"]).toEqual(["Deputy Minister"]);
  });
});

// Round 40: a bulletin's segment cut from its programme keeps the anchor's label once; the correspondent's answer,
// opening on the anchor's first name, says the label is a person's.
describe("an anchor labelled once and addressed by the first name", () => {
  it("reads the anchor as a person when another speaker turns to them by name", () => {
    const names = peopleOf(
      [
        "MARIA LOPEZ: Chile and Vietnam have signed a new trade pact in Santiago. Our correspondent Ben Ortiz reports.",
        "BEN ORTIZ: Maria, the pact was signed this afternoon after two hours of talks between the ministers.",
        "BEN ORTIZ: Officials say the first shipments under the new terms could leave in the spring.",
      ].join("\n\n"),
    ).map((p) => p.name);
    expect(names).toContain("Maria Lopez");
  });

  it("does not read a label no one confirms", () => {
    const names = peopleOf(
      [
        "MARIA LOPEZ: Chile and Vietnam have signed a new trade pact in Santiago.",
        "BEN ORTIZ: The pact was signed this afternoon after two hours of talks between the ministers.",
        "BEN ORTIZ: Officials say the first shipments under the new terms could leave in the spring.",
      ].join("\n\n"),
    ).map((p) => p.name);
    expect(names).not.toContain("Maria Lopez");
  });
});

describe("a label that writes out a name the text gives by the surname alone", () => {
  const PRESS_CONFERENCE = [
    "MARIA SOUZA: Good afternoon. We signed three agreements on farming and on teaching Portuguese in Hanoi.",
    "JOURNALIST: Minister Souza, when will the direct flights start?",
    "MARIA SOUZA: The airlines hope to open the route before the end of next year.",
  ].join("\n\n");

  it("names the person read from 'Minister Souza' by the label's full name", () => {
    const names = peopleOf(PRESS_CONFERENCE).map((p) => p.name);
    expect(names).toContain("Maria Souza");
    expect(names).not.toContain("Souza");
  });

  it("leaves the surname alone when the full name labels a single turn", () => {
    const once = PRESS_CONFERENCE.split("\n\n").slice(0, 2).join("\n\n");
    expect(peopleOf(once).map((p) => p.name)).not.toContain("Maria Souza");
  });
});
