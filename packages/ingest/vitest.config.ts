import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@chancery/source"] },
  ssr: { resolve: { conditions: ["@chancery/source"] } },
  // CI shares two cores with other jobs: a test that reads megabytes can pass vitest's 5 s default there, and
  // speed is measured by the benchmarks, not by test timeouts.
  test: { include: ["src/**/*.test.ts"], testTimeout: 30_000 },
});
