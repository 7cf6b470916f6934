import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { contentSecurityPolicyMeta } from "./scripts/content-security-policy.js";
import { firstRequestsScript } from "./scripts/first-requests.js";
import { initialJsSize } from "./scripts/initial-js-size.js";
import { precompress } from "./scripts/precompress.js";

// Three chunks: every page with React and TanStack (one file: a browser opens six connections to a server, and forty
// small preloaded files queued behind each other), then ECharts and the map, each loaded only by the pages drawing
// them (src/first-requests/data/routes.json). Highest priority first: a group also takes what its modules import.
const chunkGroups = [
  { name: "app", test: /[\\/]src[\\/](?!components[\\/]EChart\.|pages[\\/]partnerships[\\/]WorldMap\.|map[\\/])/ },
  { name: "echarts", test: /node_modules[\\/](echarts|zrender|tslib)[\\/]|[\\/]src[\\/]components[\\/]EChart\./ },
  {
    name: "map",
    test: /node_modules[\\/](react-simple-maps|d3-[a-z]+|topojson-client|world-atlas|i18n-iso-countries)[\\/]|[\\/]src[\\/](pages[\\/]partnerships[\\/]WorldMap\.|map[\\/])/,
  },
];

export default defineConfig({
  plugins: [react(), initialJsSize(300), firstRequestsScript(), contentSecurityPolicyMeta(), precompress()],
  server: { proxy: { "/api": process.env.CHANCERY_API_URL ?? "http://127.0.0.1:3000" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: chunkGroups.map((g, i) => ({ ...g, priority: chunkGroups.length - i })) },
      },
    },
  },
});
