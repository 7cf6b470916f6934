export { type DatePrecision, dayInYear, type PublishedDate, parsePublishedDate } from "./dates.js";
export { canonicalOutlet, isAgency, knownOutlet, outletFromUrl } from "./outlets.js";
