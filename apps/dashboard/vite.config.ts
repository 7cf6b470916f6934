import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { initialJsSize } from "./scripts/initial-js-size.js";

const vendorGroups = [
  { name: "echarts", test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/ },
  {
    name: "map",
    test: /node_modules[\\/](react-simple-maps|d3-[a-z]+|topojson-client|world-atlas|i18n-iso-countries)[\\/]/,
  },
  { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: "tanstack", test: /node_modules[\\/]@tanstack[\\/]/ },
];

export default defineConfig({
  plugins: [react(), initialJsSize(300)],
  server: { proxy: { "/api": process.env.CHANCERY_API_URL ?? "http://127.0.0.1:3000" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Each page is its own chunk through lazy routes; the heavy libraries get their own, loaded by the pages that need them.
        codeSplitting: { groups: vendorGroups.map((g, i) => ({ ...g, priority: vendorGroups.length - i })) },
      },
    },
  },
});
