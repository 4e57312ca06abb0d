// A chart placeholder that loads ECharts and its renderer (a separate chunk, ~150 KB compressed) only
// when a chart is actually on screen; until then a box of the same height keeps the layout still.
import { lazy, Suspense } from 'react';
import type { EChartsCoreOption } from 'echarts/core';

const EChartChart = lazy(() => import('./echart-chart'));

/** A chart with an accessible name (the data are also given as a table beside it). */
export function EChart(props: { option: EChartsCoreOption; height: number; label: string }) {
  return (
    <Suspense
      fallback={<div role="img" aria-label={props.label} style={{ width: '100%', height: props.height }} />}
    >
      <EChartChart {...props} />
    </Suspense>
  );
}
