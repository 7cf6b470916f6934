export { cleanArticle, type Given } from "./clean.js";
export { siteSuffixAgency, withoutSiteSuffix } from "./title.js";
export { type CleanedArticle, type Noise, type NoiseKind, noiseKinds } from "./types.js";
