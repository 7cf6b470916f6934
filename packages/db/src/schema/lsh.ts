import { integer, sqliteTable } from "drizzle-orm/sqlite-core";

/**
 * LSH buckets over MinHash bands: articles sharing a bucket are candidate near-duplicates. One integer per
 * (bucket, article): the bucket's 32-bit key × 2^31 + the article id, as the rowid itself, so the table is a single
 * integer B-tree, a bucket's members are one contiguous range (newest last), and no second index is written per row.
 * An article's keys are also kept with its fingerprint (`article_fingerprints.lsh_keys`), which is how the writer
 * finds its rows when the article is deleted.
 */
export const lshKeys = sqliteTable("lsh_keys", {
  id: integer("id").primaryKey(),
});
