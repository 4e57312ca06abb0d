// Charts of the documents, rendered by ECharts on the server as SVG (no browser, no canvas).
import * as echarts from 'echarts/core';
import { BarChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([BarChart, RadarChart, GridComponent, LegendComponent, RadarComponent, SVGRenderer]);

const TEXT = { fontFamily: 'Roboto', color: '#222222' };
const UNIT_COLOR = '#1F5FAD';
const AVERAGE_COLOR = '#C77C02';

/** Renders an ECharts option to an SVG string of the given size (points). */
export function renderChartSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: TEXT, ...option });
    return dropTextHalos(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/**
 * ECharts draws a white halo behind labels with `paint-order="stroke"`, which the PDF's SVG renderer
 * ignores: it would paint the halo over the text. Labels here sit on white, so the halo goes.
 */
export function dropTextHalos(svg: string): string {
  return svg.replace(/(<text[^>]*?) stroke="[^"]*" stroke-width="[^"]*" paint-order="stroke"/g, '$1');
}

/** One axis of a radar or bar chart. */
export interface ChartAxis {
  name: string;
  value: number;
  average?: number;
  max?: number;
}

/** Breaks a label into lines of about `width` characters at spaces. */
export function wrapLabel(text: string, width = 16): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/** Radar of percents (0–100) of the unit against an average. */
export function renderRadarSvg(axes: readonly ChartAxis[], unitLabel: string, averageLabel: string): string {
  return renderChartSvg(
    {
      legend: { bottom: 0, textStyle: { fontSize: 10 }, data: [unitLabel, averageLabel] },
      radar: {
        indicator: axes.map((a) => ({ name: wrapLabel(a.name, 12), max: 100 })),
        radius: '50%',
        center: ['50%', '44%'],
        axisName: { color: '#222222', fontSize: 9 },
        splitNumber: 4,
      },
      series: [
        {
          type: 'radar',
          symbolSize: 4,
          data: [
            {
              name: unitLabel,
              value: axes.map((a) => round1(a.value)),
              lineStyle: { color: UNIT_COLOR, width: 2 },
              itemStyle: { color: UNIT_COLOR },
              areaStyle: { color: 'rgba(31,95,173,0.25)' },
            },
            {
              name: averageLabel,
              value: axes.map((a) => round1(a.average ?? 0)),
              lineStyle: { color: AVERAGE_COLOR, width: 1.5, type: 'dashed' },
              itemStyle: { color: AVERAGE_COLOR },
            },
          ],
        },
      ],
    },
    300,
    290,
  );
}

/** Horizontal bars: points of each index against its maximum. */
export function renderIndexBarsSvg(axes: readonly ChartAxis[]): string {
  const names = axes.map((a) => wrapLabel(a.name, 22));
  return renderChartSvg(
    {
      grid: { left: 96, right: 36, top: 24, bottom: 20 },
      xAxis: { type: 'value', axisLabel: { fontSize: 8 }, splitLine: { lineStyle: { color: '#E0E0E0' } } },
      yAxis: { type: 'category', inverse: true, data: names, axisLabel: { fontSize: 8, lineHeight: 10 } },
      legend: { top: 0, textStyle: { fontSize: 9 }, data: ['Điểm đạt', 'Điểm tối đa'] },
      series: [
        {
          name: 'Điểm tối đa',
          type: 'bar',
          data: axes.map((a) => a.max ?? 0),
          barGap: '-100%',
          barWidth: 12,
          itemStyle: { color: '#E3E8F0' },
          silent: true,
        },
        {
          name: 'Điểm đạt',
          type: 'bar',
          data: axes.map((a) => ({
            value: round1(a.value),
            label: { show: true, position: 'right', fontSize: 8, formatter: vi(a.value) },
          })),
          barWidth: 12,
          itemStyle: { color: UNIT_COLOR },
        },
      ],
    },
    300,
    260,
  );
}

/** Vertical bars: number of units per level, each in its level's colour. */
export function renderLevelDistributionSvg(
  levels: readonly { name: string; color: string; count: number }[],
) {
  return renderChartSvg(
    {
      grid: { left: 32, right: 8, top: 20, bottom: 24 },
      xAxis: { type: 'category', data: levels.map((l) => l.name), axisLabel: { fontSize: 10 } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 9 } },
      series: [
        {
          type: 'bar',
          barWidth: '45%',
          data: levels.map((l) => ({ value: l.count, itemStyle: { color: l.color } })),
          label: { show: true, position: 'top', fontSize: 10, textBorderWidth: 0 },
        },
      ],
    },
    480,
    180,
  );
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function vi(value: number): string {
  return value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}
