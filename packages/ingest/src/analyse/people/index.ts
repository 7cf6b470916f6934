// The people reader's public surface: the people an article names with their offices, and the title words, speech
// verbs and transcript labels the quote reader reads its speakers by.
export { findPeople } from "./find-people.js";
export { labelOffice } from "./labelled-people.js";
export { completeNamesFromAsides, peopleOfText } from "./names-in-asides.js";
export type { Person, PersonMention } from "./person.js";
export { readCanonicalName } from "./person-names.js";
export {
  PROGRAMME_ROLES,
  readTurnLabel,
  speakerLabels,
  statesBeforeAsking,
  TURN_CLOCK,
  TURN_LABEL,
} from "./speaker-turns.js";
export { isTitleWord, SPEECH_VERBS, titles } from "./titles.js";
