import { type ClientResponse, DetailedError, parseResponse } from "hono/client";

/** An error the API answered with (`{error: {code, message}}`), or a failure to reach it, with a message for people. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly code: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

function errorBody(data: unknown): { code: string; message: string } | null {
  if (typeof data !== "object" || data === null || !("error" in data)) return null;
  const error = (data as { error: unknown }).error;
  if (typeof error !== "object" || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof message === "string" ? { code: typeof code === "string" ? code : "error", message } : null;
}

export function toApiError(cause: unknown): ApiError {
  if (cause instanceof ApiError) return cause;
  const body = errorBody(cause);
  if (body) return new ApiError(body.message, null, body.code);
  if (cause instanceof DetailedError) {
    const data = (cause.detail as { data?: unknown } | undefined)?.data;
    const body = errorBody(data);
    const status = cause.statusCode ?? null;
    if (body) return new ApiError(body.message, status, body.code);
    return new ApiError(`The server answered ${cause.message}.`, status, "http_error");
  }
  if (cause instanceof TypeError) {
    return new ApiError("Cannot reach the Chancery server. Is it running (npm start)?", null, "network_error");
  }
  return new ApiError(cause instanceof Error ? cause.message : String(cause), null, "error");
}

/** Awaits a typed client call and returns its success body, or throws an ApiError carrying the server's message. */
export function unwrap<T extends ClientResponse<unknown>>(
  request: T | Promise<T>,
): ReturnType<typeof parseResponse<T>> {
  return parseResponse(request).catch((cause: unknown) => {
    throw toApiError(cause);
  });
}
