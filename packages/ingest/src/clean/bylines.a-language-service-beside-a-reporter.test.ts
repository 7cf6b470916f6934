import { describe, expect, it } from "vitest";
import { readByline } from "./bylines.js";

// Round 53: a broadcaster's language service credited with a reporter. Names are invented for the tests.
describe("a byline naming an outlet's language service", () => {
  it("credits the outlet and the reporter joined to it by 'and'", () => {
    expect(readByline("By RFA Vietnamese and Tran Van Binh")).toEqual({
      author: "Tran Van Binh",
      outlet: "Radio Free Asia",
    });
    expect(readByline("By Tran Van Binh and RFA Vietnamese")).toEqual({
      author: "Tran Van Binh",
      outlet: "Radio Free Asia",
    });
  });

  it("credits the outlet when the service stands alone", () => {
    expect(readByline("By RFA Vietnamese")).toEqual({ author: null, outlet: "Radio Free Asia" });
  });

  it("reads no byline when one side of the 'and' is neither an outlet nor a name", () => {
    expect(readByline("By land and sea")).toBeNull();
  });
});
