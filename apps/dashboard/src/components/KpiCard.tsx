import type { ReactNode } from "react";

export function KpiCard({ label, value, hint }: { label: string; value: number | null | undefined; hint?: ReactNode }) {
  return (
    <div className="kpi">
      <dt>{label}</dt>
      <dd>
        <span className="kpi-value">{value == null ? "—" : value.toLocaleString("en")}</span>
        {hint && <span className="kpi-hint">{hint}</span>}
      </dd>
    </div>
  );
}
