import { BarChart, LineChart, ScatterChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { type EChartsCoreOption, type EChartsType, init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";
import type { ChartItem } from "./Chart.js";
import { usePrefersDark } from "./use-prefers-dark.js";

use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

// The page's own background shows through; the wrapper carries the accessible name, not ECharts' generated one.
// Tooltips render as rich text, not HTML, so article titles in data names can never become markup. No entry
// animation: a second of frames per chart competes with drawing the rest of the page (fourteen on the indicators).
const withDefaults = (option: EChartsCoreOption): EChartsCoreOption => ({
  backgroundColor: "transparent",
  aria: { enabled: false },
  animation: false,
  ...option,
  ...(option.tooltip ? { tooltip: { ...(option.tooltip as object), renderMode: "richText" } } : {}),
});

type Props = { label: string; option: EChartsCoreOption; height: number; onItemClick?: (item: ChartItem) => void };

export default function EChart({ label, option, height, onItemClick }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const onClick = useRef(onItemClick);
  onClick.current = onItemClick;
  const latestOption = useRef(option);
  latestOption.current = option;
  const dark = usePrefersDark();

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let instance: EChartsType | null = null;
    const resize = new ResizeObserver(() => instance?.resize());
    const draw = () => {
      instance = init(element, dark ? "dark" : undefined, { renderer: "svg" });
      chart.current = instance;
      instance.setOption(withDefaults(latestOption.current));
      instance.on("click", (params) => {
        const p = params as { seriesIndex?: number; dataIndex?: number; name?: string };
        onClick.current?.({ seriesIndex: p.seriesIndex ?? 0, dataIndex: p.dataIndex ?? 0, name: p.name ?? "" });
      });
      resize.observe(element);
    };
    // A page of many charts (fourteen indicators) draws those near the screen first and the rest when the browser is
    // idle: each chart costs the main thread tens of milliseconds that would otherwise delay the first screenful.
    const drawOnce = () => {
      if (instance) return;
      near.disconnect();
      cancelIdleCallback(idle);
      draw();
    };
    const near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && drawOnce(), {
      rootMargin: "200px 0px",
    });
    near.observe(element);
    const idle = requestIdleCallback(drawOnce, { timeout: 3000 });
    return () => {
      near.disconnect();
      cancelIdleCallback(idle);
      resize.disconnect();
      instance?.dispose();
      chart.current = null;
    };
  }, [dark]);

  useEffect(() => {
    chart.current?.setOption(withDefaults(option), true);
  }, [option]);

  return (
    <div
      ref={container}
      className={onItemClick ? "chart-canvas clickable" : "chart-canvas"}
      style={{ height }}
      role="img"
      aria-label={label}
    />
  );
}
