import { formatCount } from "./labels.js";

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A period of the API's time model as people read it: `2021-03` → `Mar 2021`, `2021-Q1` → `Q1 2021`, `2021`. */
export function periodLabel(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${months[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  return period;
}

/** How the counts kept off a time axis read: `+41 dated only to 2021, +3 only to Mar 2020 · 12 undated`. */
export function offAxisText(
  coarser: ReadonlyArray<{ period: string; count: number }>,
  undated: number,
  noun = "articles",
): string | null {
  const parts: string[] = [];
  const dated = coarser.filter((c) => c.count > 0);
  if (dated.length > 0) {
    parts.push(
      `${dated
        .map((c, i) => `+${formatCount(c.count)} ${i === 0 ? "dated only to" : "to"} ${periodLabel(c.period)}`)
        .join(", ")}`,
    );
  }
  if (undated > 0) parts.push(`${formatCount(undated)} ${noun} undated`);
  return parts.length ? `${parts.join(" · ")} (not on the axis)` : null;
}
