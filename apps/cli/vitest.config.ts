import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@chancery/source"] },
  ssr: { resolve: { conditions: ["@chancery/source"] } },
  // Every test spawns the built CLI, often twice: process start-up, not the code, sets the pace. Throwaway
  // PostgreSQL clusters start and stop in hooks; on a loaded machine stopping one took over vitest's 10 s.
  test: { include: ["src/**/*.test.ts"], testTimeout: 30_000, hookTimeout: 60_000 },
});
