/**
 * @chancery/db: the schema, its migrations, and how to open the database.
 * @example
 *   import { openDatabase, articles } from "@chancery/db";
 *   const { db } = openDatabase();
 *   db.select().from(articles).all();
 */
export { type ChanceryDatabase, type Db, openDatabase, openReadOnlyDatabase } from "./open.js";
export {
  type DatabaseLocation,
  DatabaseLocationError,
  findRepositoryRoot,
  resolveDatabase,
  resolveDatabasePath,
} from "./paths.js";
export * from "./schema/index.js";
export * from "./store/index.js";
export * from "./validation.js";
