/**
 * CPU milliseconds this process spends in `work`: the measure for tests that guard against runaway (quadratic or
 * backtracking) work. Wall time on a shared two-core CI machine ran three times over such bounds with the code
 * unchanged, because other jobs held the cores; CPU time counts only this process's own work.
 */
export function cpuMillis(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
