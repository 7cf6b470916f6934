import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { contentSecurityPolicyMeta } from "./scripts/content-security-policy.js";
import { initialJsSize } from "./scripts/initial-js-size.js";
import { preloadLazyChunks } from "./scripts/preload-pages.js";

// Highest priority first: a group also takes the dependencies of what it captures, so shared ones are claimed first.
const vendorGroups = [
  { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: "tanstack", test: /node_modules[\\/]@tanstack[\\/]/ },
  { name: "echarts", test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/ },
  {
    name: "map",
    test: /node_modules[\\/](react-simple-maps|d3-[a-z]+|topojson-client|world-atlas|i18n-iso-countries)[\\/]/,
  },
];

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta(), initialJsSize(300), preloadLazyChunks(/^assets\/(echarts|map)-/)],
  server: { proxy: { "/api": process.env.CHANCERY_API_URL ?? "http://127.0.0.1:3000" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Each page is its own chunk (lazy routes); heavy libraries get their own, loaded only by the pages using them.
        codeSplitting: { groups: vendorGroups.map((g, i) => ({ ...g, priority: vendorGroups.length - i })) },
      },
    },
  },
});
