export * from "./articles.js";
export * from "./constants.js";
export * from "./entities.js";
export * from "./findings.js";
export * from "./meta.js";
export * from "./stories.js";
