/** Readers for URL search values: the URL is user input, so anything unexpected becomes "absent". */

export function optionalString(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

export function optionalNumber(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

export function optionalBoolean(value: unknown): boolean | undefined {
  if (value === true || value === "true" || value === "1") return true;
  if (value === false || value === "false" || value === "0") return false;
  return undefined;
}

export function oneOf<const T extends readonly string[]>(allowed: T, value: unknown): T[number] | undefined {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T[number]) : undefined;
}

export type Compact<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

/** Drops absent and empty values, so that links and the URL stay short and every key is optional. */
export function compact<T extends Record<string, unknown>>(values: T): Compact<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== "")) as Compact<T>;
}
