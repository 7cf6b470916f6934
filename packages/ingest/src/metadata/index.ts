export {
  type DatePrecision,
  dayInYear,
  type PublishedDate,
  parsePublishedDate,
  parseWholeDay,
  withoutSiteHeaderDate,
} from "./dates.js";
export { canonicalOutlet, isAgency, knownOutlet, localDollar, outletFromUrl, regionDollar } from "./outlets.js";
export { type ResolvedSource, resolveSource, type SourceEvidence } from "./sources.js";
