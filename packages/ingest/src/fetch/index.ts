export { client, type FetchOptions, type FetchResult, fetchUrl, parseHttpUrl, USER_AGENT } from "./http.js";
export { findKnownUrl, findKnownUrlPostgres, type KnownUrl } from "./known-url.js";
export { outletOfUrl } from "./outlet-of-url.js";
