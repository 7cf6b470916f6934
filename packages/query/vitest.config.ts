import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@chancery/source"] },
  ssr: { resolve: { conditions: ["@chancery/source"] } },
  // Throwaway PostgreSQL clusters start and stop in hooks; on a loaded machine stopping one took over vitest's 10 s.
  test: { include: ["src/**/*.test.ts"], hookTimeout: 60_000 },
});
