import { describe, expect, it } from "vitest";
import { holderDateYear } from "./dated-holders.js";

describe("a day or month printed right after a holder dates its framework", () => {
  const story = { year: 2031, month: 4 };

  it("reads a day without its year as the story's year, or the year before when later in the calendar", () => {
    expect(holderDateYear(" on Feb 3 and Chile on Mar 9.", story)).toBe(2031);
    expect(holderDateYear(" on Nov. 14.", story)).toBe(2030);
    expect(holderDateYear(" on 9 March, three days earlier.", story)).toBe(2031);
  });

  it("takes the year a day prints, also after 'having done so'", () => {
    expect(holderDateYear(", having done so on 2 June 2029.", story)).toBe(2029);
    expect(holderDateYear(" on October 5, 2027, and", story)).toBe(2027);
  });

  it("reads a bracketed month, with its year or said 'last'", () => {
    expect(holderDateYear(" (June 2028) and Peru (2029)", story)).toBe(2028);
    expect(holderDateYear(" (last May).", story)).toBe(2030);
    expect(holderDateYear(" (last March).", story)).toBe(2031);
  });

  it("gives nothing for a weekday, a modal 'may', a month with no story date, or a date further on", () => {
    expect(holderDateYear(" on Monday.", story)).toBeNull();
    expect(holderDateYear(" may follow on 3 May.", story)).toBeNull();
    expect(holderDateYear(" on Feb 3.", { year: null })).toBeNull();
    expect(holderDateYear(" on Feb 3 talks that ran late", story)).toBeNull();
  });
});
