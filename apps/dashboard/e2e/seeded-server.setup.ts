import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { repoRoot, startServer } from "./server.js";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * One real server over a temporary database holding the seeds, shared by the page tests.
 * CHANCERY_E2E_URL points the page tests at a server already running over the seeds instead (for development).
 */
export default async function setup(project: TestProject) {
  const external = process.env.CHANCERY_E2E_URL;
  if (external) {
    project.provide("baseUrl", external.replace(/\/+$/, ""));
    return;
  }
  const server = await startServer({ ingest: [join(repoRoot, "seeds")] });
  project.provide("baseUrl", server.url);
  return server.stop;
}
