import { BarChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, MarkAreaComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { WINDOW_SHADE } from './chart-figure';
import { shanghai, shanghaiClock } from './format';

// Loaded on demand by the views that draw (the sign-in page does not need it). Only what the
// console draws is bundled. The canvas renderer sets element styles from script
// (CSSOM), which the pages' CSP allows; it never writes style attributes into markup.
echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, MarkAreaComponent, TitleComponent, DataZoomComponent, CanvasRenderer]);

export interface ChartHandle {
  el: HTMLElement;
  dispose(): void;
}

function mount(el: HTMLElement, option: echarts.EChartsCoreOption): ChartHandle {
  const chart = echarts.init(el, undefined, { renderer: 'canvas', locale: 'ZH' });
  chart.setOption(option);
  const onResize = () => chart.resize();
  window.addEventListener('resize', onResize);
  return {
    el,
    dispose() {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    },
  };
}

const timeAxis = {
  type: 'time' as const,
  axisLabel: { formatter: (v: number) => shanghaiClock(v), hideOverlap: true },
};
const tooltipTime = (v: number) => `${shanghai(new Date(v).toISOString())}（北京时间）`;

export interface Series {
  name: string;
  points: Array<[number, number]>;
}

/** Votes per hour: the ballot's total as bars, or one line per candidate. */
export function hourlyChart(el: HTMLElement, kind: 'total' | 'candidates', series: Series[], selectedNames?: Set<string>): ChartHandle {
  let legendSelected: Record<string, boolean> | undefined;
  if (selectedNames) {
    legendSelected = {};
    for (const s of series) legendSelected[s.name] = selectedNames.has(s.name);
  }
  return mount(el, {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { label: { formatter: (p: { value: number }) => tooltipTime(p.value) } } },
    legend: kind === 'candidates' ? { type: 'scroll', top: 0, selected: legendSelected } : undefined,
    grid: { left: 50, right: 20, top: kind === 'candidates' ? 64 : 36, bottom: 50 },
    xAxis: {
      ...timeAxis,
      axisLabel: { formatter: (v: number) => `${shanghai(new Date(v).toISOString()).slice(5, 10)}\n${shanghaiClock(v)}`, hideOverlap: true },
    },
    yAxis: { type: 'value', name: '票/小时', minInterval: 1 },
    dataZoom: [{ type: 'inside' }],
    series: series.map((s) => ({
      name: s.name,
      type: kind === 'total' ? 'bar' : 'line',
      data: s.points,
      showSymbol: false,
      itemStyle: kind === 'total' ? { color: '#1677ff' } : undefined,
    })),
  });
}

export interface FlagChartData {
  points: Array<{ t: number; votes: number; others: number; expected: number | null }>;
  window: [number, number] | null;
  candidateName: string;
}

/**
 * A flag's minutes: the candidate's votes (bars), the detector's expected level (dashed), the
 * other candidates' combined rate (right axis), and the flag's window shaded.
 */
export function flagChart(el: HTMLElement, d: FlagChartData): ChartHandle {
  return mount(el, {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { label: { formatter: (p: { value: number }) => tooltipTime(p.value) } } },
    legend: { top: 0, data: [`${d.candidateName} 得票/分钟`, '预期水平（检测基线）', '其他候选人合计/分钟'] },
    grid: { left: 50, right: 60, top: 40, bottom: 40 },
    xAxis: timeAxis,
    yAxis: [
      { type: 'value', name: '该候选人', minInterval: 1 },
      { type: 'value', name: '其他合计', minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      {
        name: `${d.candidateName} 得票/分钟`,
        type: 'bar',
        barCategoryGap: '0%',
        data: d.points.map((p) => [p.t, p.votes]),
        itemStyle: { color: '#d4380d' },
        markArea: d.window
          ? { silent: true, itemStyle: { color: WINDOW_SHADE, opacity: 1 }, label: { show: true, position: 'insideTop', color: '#8c5a00', formatter: '疑点时段' }, data: [[{ xAxis: d.window[0] }, { xAxis: d.window[1] }]] }
          : undefined,
        z: 2,
      },
      {
        name: '预期水平（检测基线）',
        type: 'line',
        step: 'end',
        showSymbol: false,
        data: d.points.map((p) => [p.t, p.expected]),
        lineStyle: { type: 'dashed', width: 2, color: '#237804' },
        itemStyle: { color: '#237804' },
        z: 3,
      },
      {
        name: '其他候选人合计/分钟',
        type: 'line',
        yAxisIndex: 1,
        showSymbol: false,
        data: d.points.map((p) => [p.t, p.others]),
        lineStyle: { width: 1, color: '#8c8c8c' },
        itemStyle: { color: '#8c8c8c' },
        z: 1,
      },
    ],
  });
}
