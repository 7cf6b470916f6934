import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@chancery/source"] },
  ssr: { resolve: { conditions: ["@chancery/source"] } },
  test: { include: ["src/**/*.test.ts"] },
});
