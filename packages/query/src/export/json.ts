/**
 * Streams rows as a JSON array of objects keyed by column, one chunk per row.
 * @example [...toJsonArray(["id"], [[1]])].join("") === '[\n{"id":1}\n]\n'
 */
export function* toJsonArray(columns: readonly string[], rows: Iterable<readonly unknown[]>): Generator<string> {
  yield "[";
  let first = true;
  for (const row of rows) {
    const record = Object.fromEntries(columns.map((column, index) => [column, row[index] ?? null]));
    yield `${first ? "\n" : ",\n"}${JSON.stringify(record)}`;
    first = false;
  }
  yield "\n]\n";
}
