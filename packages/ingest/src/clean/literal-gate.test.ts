import { describe, expect, it } from "vitest";
import { LiteralGate } from "./literal-gate.js";

describe("LiteralGate", () => {
  const gate = new LiteralGate();
  const words = ["harbour", "tea", "@", "ferry timetable", "bor"];
  const ids = words.map((word) => gate.id(word));

  it("answers where each literal first stands, as indexOf does", () => {
    const line = "the harbour ferry timetable is posted at the harbour office, tea at noon";
    const held = gate.read(line);
    for (const [k, id] of ids.entries()) expect(held.indexOf(id)).toBe(line.indexOf(words[k] as string));
  });

  it("finds a literal at the line's very start and end, and a short one anywhere", () => {
    const held = gate.read("harbour mail: desk@tea");
    expect(held.indexOf(ids[0] as number)).toBe(0);
    expect(held.indexOf(ids[1] as number)).toBe(19);
    expect(held.indexOf(ids[2] as number)).toBe(18);
  });

  it("still answers for a line after the gate has read another", () => {
    const earlier = gate.read("tea by the harbour");
    gate.read("no literal here");
    expect(earlier.indexOf(ids[0] as number)).toBe(11);
    expect(earlier.indexOf(ids[3] as number)).toBe(-1);
  });

  it("keeps one id for a literal given twice", () => {
    expect(gate.id("harbour")).toBe(ids[0]);
  });
});
