export type { Analysis, AnalysisContext } from "./analyse/types.js";
export type { ReadFailure, SourceDocument, SourceMetadata } from "./read/document.js";
