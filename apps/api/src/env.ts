import { isIP } from "node:net";
import { z } from "zod";

const loopbackNames = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  if (loopbackNames.has(host.toLowerCase())) return true;
  return isIP(host) === 4 && host.startsWith("127.");
}

export const Env = z
  .object({
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    CHANCERY_DB: z.string().min(1).optional(),
    /** A PostgreSQL replica every read goes to (issue 17); needs CHANCERY_DB=postgres://… (the primary). */
    CHANCERY_DB_READ: z
      .string()
      .regex(/^postgres(ql)?:\/\//i, "CHANCERY_DB_READ must be a postgres:// address (a PostgreSQL replica)")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    CHANCERY_TOKEN: z
      .string()
      .min(16, "CHANCERY_TOKEN must be at least 16 characters")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    CHANCERY_UPLOAD_LIMIT_MB: z.coerce.number().positive().max(1024).default(10),
    /** "1" (or "true"): poll the followed feeds while serving. */
    CHANCERY_FEEDS: z.stringbool().default(false),
    /** Where change events are POSTed as signed JSON; unset, no webhook. */
    CHANCERY_WEBHOOK_URL: z
      .url({ protocol: /^https?$/, error: "CHANCERY_WEBHOOK_URL must be an http(s) URL" })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    CHANCERY_WEBHOOK_SECRET: z
      .string()
      .min(16, "CHANCERY_WEBHOOK_SECRET must be at least 16 characters")
      .optional()
      .or(z.literal("").transform(() => undefined)),
  })
  .refine((env) => !env.CHANCERY_WEBHOOK_URL || env.CHANCERY_WEBHOOK_SECRET !== undefined, {
    message:
      "CHANCERY_WEBHOOK_URL is set: set CHANCERY_WEBHOOK_SECRET (16+ characters) too, so receivers can check the signature.",
    path: ["CHANCERY_WEBHOOK_SECRET"],
  })
  .refine((env) => !env.CHANCERY_DB_READ || /^postgres(ql)?:\/\//i.test(env.CHANCERY_DB ?? ""), {
    message:
      "CHANCERY_DB_READ sends the reads to a PostgreSQL replica: set CHANCERY_DB=postgres://… (the primary) too.",
    path: ["CHANCERY_DB_READ"],
  })
  .refine((env) => isLoopback(env.HOST) || env.CHANCERY_TOKEN !== undefined, {
    message:
      "HOST is not a loopback address, so anyone on the network could add articles: set CHANCERY_TOKEN (16+ characters) or use HOST=127.0.0.1.",
    path: ["HOST"],
  });
export type Env = z.infer<typeof Env>;

/** Reads and checks the environment once; the one place the API looks at process.env. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = Env.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "env"}: ${issue.message}`);
  throw new Error(`Chancery cannot start:\n  ${problems.join("\n  ")}`);
}
