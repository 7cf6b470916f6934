// The people reader's public surface: the people an article names with their offices, and the title words, speech
// verbs and transcript labels the quote reader reads its speakers by.
export {
  findPeople,
  isTitleWord,
  type Person,
  type PersonMention,
  readCanonicalName,
  SPEECH_VERBS,
  titles,
} from "./find-people.js";
export { PROGRAMME_ROLES, readTurnLabel, speakerLabels, TURN_CLOCK, TURN_LABEL } from "./speaker-turns.js";
