// The quote reader's public surface: the quotations of an article with their speakers, and the heading a transcript
// opens with.
export { findQuotes } from "./find-quotes.js";
export { headingOf } from "./transcripts.js";
