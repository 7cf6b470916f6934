/**
 * A pure reading of a line kept for the next call with the same text: the cleaner's passes read each paragraph
 * again (the dateline reader twice a line, the item reader's label up to seven times). The reading depends on the
 * text alone, so a kept one is always right; the map is emptied when full, so memory stays bounded. Readings kept
 * are shared: callers must not change them.
 */
export function memoByLine<T>(read: (line: string) => T, capacity = 1024): (line: string) => T {
  const kept = new Map<string, T>();
  return (line) => {
    const known = kept.get(line);
    if (known !== undefined || kept.has(line)) return known as T;
    const value = read(line);
    if (kept.size >= capacity) kept.clear();
    kept.set(line, value);
    return value;
  };
}
