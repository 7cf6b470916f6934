import { setFlagsFromString } from "node:v8";

/*
 * Why: cleaning and analysing an article run some thousands of regular expressions, most of them a few times per
 * article. By default V8 first runs a pattern in its bytecode interpreter and compiles it to machine code only after
 * it has run, then loses that code again when the garbage collector flushes it, so across thousands of patterns it
 * keeps interpreting and recompiling: about a quarter of the CPU of preparing an article (bench/results.md, round 47:
 * 17–18 → 13–14 ms per test page, the analysis bench 3.6 → 3.0 ms). Compiling each pattern straight to machine code
 * changes no match, only the tier that runs it. The flag is the process's, so importing the analysis sets it for
 * every thread that prepares articles (the CLI's and the API's workers, reanalysis, the eval and its bench).
 *
 * Round 59: the tier-up stays on and only its count of interpreted runs goes to zero, so every pattern created from
 * here on compiles straight to machine code, while the patterns Node and earlier modules already ran keep the state
 * V8 gave them. Turning tier-up off at run time (`--no-regexp-tier-up`, rounds 47–58) switched V8 between two modes
 * under patterns already interpreted once, a state V8 does not test and the first suspect of three rare crashes in
 * round 58; zero ticks is the pipeline newer V8 uses by default. Same speed on 1,000 bench-corpus articles (warm,
 * median of four alternating runs, 0.98 ×; bench/results.md, round 59), the same output byte for byte.
 */
setFlagsFromString("--regexp-tier-up-ticks=0");
