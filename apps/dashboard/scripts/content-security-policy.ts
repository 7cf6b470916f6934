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

export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: "chancery:content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy },
        injectTo: "head-prepend",
      },
    ],
  };
}
