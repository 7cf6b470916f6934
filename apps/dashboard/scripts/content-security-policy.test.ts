import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { policyFor } from "./content-security-policy.js";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("policyFor", () => {
  it("allows each inline script of the page by its hash, and nothing else inline", () => {
    const html = '<head><script data-x="1">start()</script><script type="module" src="/assets/a.js"></script></head>';
    const scriptSrc = policyFor(html)
      .split("; ")
      .find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe(`script-src 'self' ${sha256("start()")}`);
  });

  it("keeps scripts to the server's own files when the page has no inline script", () => {
    expect(policyFor('<script type="module" src="/a.js"></script>')).toContain("script-src 'self';");
  });
});
