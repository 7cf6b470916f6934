import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fingerprintOf } from "./fingerprint.js";
import { estimateJaccard, hashString, minhashOfHashes } from "./minhash.js";

const minhashSignature = (items: string[]) => minhashOfHashes(items.map(hashString));

import { storySimilarity } from "./similarity.js";

const seed = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../seeds/${name}`, import.meta.url)), "utf8");

describe("minhash", () => {
  it("estimates Jaccard similarity within a few points", () => {
    const a = Array.from({ length: 400 }, (_, i) => `word${i}`);
    const b = [...a.slice(0, 200), ...Array.from({ length: 200 }, (_, i) => `other${i}`)];
    // True Jaccard: 200 shared of 600 distinct = 0.33.
    expect(estimateJaccard(minhashSignature(a), minhashSignature(b))).toBeGreaterThan(0.2);
    expect(estimateJaccard(minhashSignature(a), minhashSignature(b))).toBeLessThan(0.47);
    expect(estimateJaccard(minhashSignature(a), minhashSignature([...a].reverse()))).toBe(1);
  });
});

describe("storySimilarity", () => {
  const body = seed("002_b2cf3374afdbd7ab.txt");

  it("puts a syndicated copy with a new headline, a caption and a changed sentence in the same story", () => {
    const copy = `Viet Nam's diplomacy had a remarkable year\n\n${body.replace("affirmed", "stressed")}\n\nIllustrative photo (Photo: VNA)`;
    expect(storySimilarity(fingerprintOf(body), fingerprintOf(copy)).sameStory).toBe(true);
  });

  it("groups two translations of one article but not two articles on the same subject", () => {
    const first = fingerprintOf(seed("000_7c77b6bef3e47a9e.txt"));
    const translation = fingerprintOf(seed("001_a5266e391c8fd443.txt"));
    const sameSubject = fingerprintOf(seed("002_b2cf3374afdbd7ab.txt"));
    expect(storySimilarity(first, translation).sameStory).toBe(true);
    expect(storySimilarity(first, sameSubject).sameStory).toBe(false);
    expect(storySimilarity(translation, sameSubject).sameStory).toBe(false);
  });

  it("keeps apart two pages that list the same partners with the same years but tell different news", () => {
    const explainer = fingerprintOf(
      "France joined the top tier of Vietnam's foreign relations on Monday after talks in Paris. The table lists the " +
        "others: China 2008, Russia 2012, India 2016, South Korea 2022, the United States 2023 and Japan 2023. Trade " +
        "with France was about $6.6 billion last year, customs figures show.",
    );
    const analysis = fingerprintOf(
      "Hanoi's ladder of ties has grown quickly since 2008, when China came first; Russia followed in 2012, India in " +
        "2016, South Korea in 2022 and both the United States and Japan in 2023. Analysts expect more upgrades before " +
        "the Party congress, a researcher in Singapore said.",
    );
    expect(storySimilarity(explainer, analysis).sameStory).toBe(false);
  });

  it("keeps unrelated short wire items apart", () => {
    const a = fingerprintOf(
      "Vietnam and Japan signed three agreements on rail, energy and education in Tokyo on Monday.",
    );
    const b = fingerprintOf(
      "Vietnam's exports to the EU rose 15 percent in the first ten months, customs data showed.",
    );
    expect(storySimilarity(a, b).sameStory).toBe(false);
  });
});
