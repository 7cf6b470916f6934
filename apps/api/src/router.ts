import { OpenAPIHono } from "@hono/zod-openapi";
import { validationHook } from "./errors.js";

/** A route group whose request validation failures answer in the one error shape. */
export function newRouter() {
  return new OpenAPIHono({ defaultHook: validationHook });
}
