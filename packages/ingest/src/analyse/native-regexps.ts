import { setFlagsFromString } from "node:v8";

/*
 * Why: cleaning and analysing an article run some thousands of regular expressions, most of them a few times per
 * article. By default V8 first runs a pattern in its bytecode interpreter and compiles it to machine code only after
 * it has run, then loses that code again when the garbage collector flushes it, so across thousands of patterns it
 * keeps interpreting and recompiling: about a quarter of the CPU of preparing an article (bench/results.md, round 47:
 * 17–18 → 13–14 ms per test page, the analysis bench 3.6 → 3.0 ms). Compiling each pattern straight to machine code
 * changes no match, only the tier that runs it. The flag is the process's, so importing the analysis sets it for
 * every thread that prepares articles (the CLI's and the API's workers, reanalysis, the eval and its bench).
 */
setFlagsFromString("--no-regexp-tier-up");
