import { parentPort } from "node:worker_threads";
import type { SourceDocument } from "../read/document.js";
import { prepareArticle } from "./prepare.js";

/** Runs the pure part of ingest (normalise, clean, analyse, fingerprint) off the thread that writes to SQLite. */
parentPort?.on("message", (message: { id: number; document: SourceDocument }) => {
  try {
    parentPort?.postMessage({ id: message.id, prepared: prepareArticle(message.document) });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
