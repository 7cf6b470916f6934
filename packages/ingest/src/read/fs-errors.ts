const reasons: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied (the file cannot be read by this user)",
  EPERM: "operation not permitted (the file cannot be read)",
  EISDIR: "is a folder, not a file",
  ENOTDIR: "a part of the path is not a folder",
  ELOOP: "symlink loop (the link points back to itself)",
  ENAMETOOLONG: "path too long",
  EMFILE: "too many open files",
};

/** A file-system error as a reason a person can act on, without a stack or the path repeated. */
export function describeFsError(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const known = reasons[code];
  if (known) return known;
  const message = error instanceof Error ? error.message : String(error);
  return (code ? `${code}: ` : "") + (message.split("\n")[0] ?? "");
}
