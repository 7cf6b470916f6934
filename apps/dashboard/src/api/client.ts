import type { AppType } from "@chancery/api";
import { hc } from "hono/client";

/** The typed API client: every path, parameter and response type comes from the server's own routes. */
export const api = hc<AppType>("/");
