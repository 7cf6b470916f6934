import { defineConfig } from "drizzle-kit";

// PostgreSQL's migrations, generated from the tables derived from the same schema as SQLite's (src/postgres/tables.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/postgres/tables.ts",
  out: "./drizzle-pg",
});
