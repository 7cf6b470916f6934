export { type DatePrecision, dayInYear, type PublishedDate, parsePublishedDate } from "./dates.js";
export { canonicalOutlet, knownOutlet, outletFromUrl } from "./outlets.js";
