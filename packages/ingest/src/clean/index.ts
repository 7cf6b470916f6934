export { cleanArticle } from "./clean.js";
export { type CleanedArticle, type Noise, type NoiseKind, noiseKinds } from "./types.js";
