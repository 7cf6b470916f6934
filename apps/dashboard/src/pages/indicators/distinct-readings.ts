type Reading = { id: number; value: number; of: number | null; unit: string | null; qualifier: string | null };

/** Groups reported values by what they say (value, "of", unit), keeping every source: disagreement is shown, not merged. */
export function distinctReadings<V extends Reading>(
  values: readonly V[],
): Array<{ key: string; sample: V; values: V[] }> {
  const groups = new Map<string, { key: string; sample: V; values: V[] }>();
  for (const v of values) {
    const key = `${v.value}|${v.of ?? ""}|${v.unit ?? ""}`;
    const group = groups.get(key);
    if (group) group.values.push(v);
    else groups.set(key, { key, sample: v, values: [v] });
  }
  return [...groups.values()].sort((a, b) => a.sample.value - b.sample.value);
}
