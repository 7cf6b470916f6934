import { createHash } from "node:crypto";
import type { Plugin } from "vite";

/**
 * The built page may run only its own scripts and talk only to its own server, so that article text that
 * slipped through as markup could still not run or send data anywhere. Build only: the dev server injects
 * inline scripts. Inline styles stay allowed for chart sizes and ECharts' SVG.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

/** The policy for a page, with each inline script the build itself wrote allowed by its hash and no other. */
export function policyFor(html: string): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) =>
      `'sha256-${createHash("sha256")
        .update(match[1] ?? "")
        .digest("base64")}'`,
  );
  return contentSecurityPolicy.replace("script-src 'self'", ["script-src 'self'", ...hashes].join(" "));
}

export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: "chancery:content-security-policy",
    apply: "build",
    // After every other plugin, so that the inline scripts they add are in the page being hashed.
    transformIndexHtml: {
      order: "post",
      handler: (html) => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: policyFor(html) },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}
