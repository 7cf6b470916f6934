import { defineConfig } from "vitest/config";

/** Browser tests: the real server and Chromium, run one file at a time (they share two cores with everything else). */
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    globalSetup: ["e2e/seeded-server.setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
