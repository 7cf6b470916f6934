import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@chancery/source"] },
  ssr: { resolve: { conditions: ["@chancery/source"] } },
  // Every test spawns the built CLI, often twice: process start-up, not the code, sets the pace.
  test: { include: ["src/**/*.test.ts"], testTimeout: 30_000 },
});
