import { describe, expect, it } from "vitest";
import { isNamedCreditCaption } from "./captions.js";

// Own lines. A paper's caption closed by a bar and a credit in capitals split by slashes, one piece a listed wire's
// name, bare or after "via".
describe("a caption closed by a slashed wire credit after a bar", () => {
  it("reads a pool picture credited via a wire as a caption", () => {
    expect(
      isNamedCreditCaption(
        "The prime minister waves to reporters at the airport in Manila on Friday. | POOL / VIA REUTERS",
      ),
    ).toBe(true);
  });

  it("leaves a slashed credit that names no listed outlet", () => {
    expect(
      isNamedCreditCaption("The prime minister waves to reporters at the airport in Manila on Friday. | TRADE / PORTS"),
    ).toBe(false);
  });
});
