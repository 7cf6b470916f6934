import quoteJson from "../data/quotes.json" with { type: "json" };
import { fold } from "../fold.js";
import { labelNameWords } from "./labelled-people.js";
import type { Person } from "./person.js";
import type { SpeakerLabel } from "./speaker-turns.js";

// 'BYLINE', 'GUEST': programme words of a label that give the speaker no role.
const NOT_OFFICES = new Set(quoteJson.programmeRolesNotOffices.map((w) => fold(w)));

/** 'ANCHOR' → 'Anchor': a label's capitals read as a role. */
const asRole = (text: string) => {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
};

/**
 * A transcript's label may give its speaker's role on the programme ('ANCHOR (Hoang Lan):', 'REPORTER PAOLO REYES:',
 * 'AUDIE CORNISH, HOST:'): the person the label names holds it, when the text gives them no office of their own. The
 * person is the one with a mention at the label, else the one whose name holds every name word of the label.
 */
export function labelRoles(people: readonly Person[], labels: readonly SpeakerLabel[]): void {
  for (const l of labels) {
    if (!l.role || NOT_OFFICES.has(fold(l.role.text))) continue;
    const end = l.start + l.head.length;
    const words = labelNameWords(l.head)?.map((w) => fold(w));
    const person =
      people.find((p) => p.mentions.some((m) => m.start >= l.start && m.start < end)) ??
      (words ? people.find((p) => words.every((w) => p.key.split(" ").includes(w))) : undefined);
    if (!person || person.roles.length > 0) continue;
    person.roles.push({ role: asRole(l.role.text), start: l.role.at, end: l.role.at + l.role.text.length });
  }
}
