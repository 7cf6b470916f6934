/**
 * The program run in the query process. It is plain JavaScript kept as a string so that the same code runs
 * from `src` (vitest) and from `dist` without a build step or file lookup; the driver path comes with the job.
 */
export const queryChildSource = `
process.once("message", (job) => {
  const reply = (message) => process.send(message, () => process.exit(0));
  let db;
  try {
    const Database = require(job.driverPath);
    db = new Database(job.dbPath, { readonly: true, fileMustExist: true });
    db.pragma("query_only = ON");
    db.pragma("hard_heap_limit = " + job.heapLimitBytes);
    const statement = db.prepare(job.sql);
    if (!statement.reader || !statement.readonly) {
      reply({ ok: false, code: "sql_refused", message: "Only statements that read are allowed." });
      return;
    }
    statement.raw(true);
    const columns = statement.columns().map((column) => column.name);
    const rows = [];
    let bytes = 0;
    let truncated = false;
    process.send({ ready: true });
    const iterator = job.params === null ? statement.iterate() : statement.iterate(job.params);
    for (const row of iterator) {
      if (rows.length >= job.maxRows) { truncated = true; break; }
      const cells = row.map((cell) => Buffer.isBuffer(cell) ? cell.toString("base64") : typeof cell === "bigint" ? String(cell) : cell);
      for (const cell of cells) bytes += typeof cell === "string" ? cell.length * 2 : 8;
      if (bytes > job.maxBytes) { truncated = true; break; }
      rows.push(cells);
    }
    reply({ ok: true, columns, rows, truncated });
  } catch (error) {
    reply({ ok: false, code: "sql_error", message: String((error && error.message) || error) });
  } finally {
    try { db && db.close(); } catch {}
  }
});
`;
