import type { ViewContext } from '../context';
import { button, fill, h, notice } from '../dom';
import { chartFigure } from '../chart-figure';
import type { Series } from '../charts';
import { num, shanghai } from '../format';
import type { Ballot } from '../types';
import { scoresTable } from './scores';

const REFRESH_MS = 30_000;
const LINES_SHOWN = 8;

/** During the vote: votes per hour (ballot and per candidate), totals, provisional scores. */
export async function renderLive(ctx: ViewContext, ballot: Ballot): Promise<void> {
  if (ballot.status === 'draft') {
    fill(ctx.main, notice('info', '投票尚未发布，发布并开始后这里显示实时情况。'));
    return;
  }
  const names = new Map((ballot.candidates ?? []).map((c) => [c.id, c.name]));
  const [timeline, scores] = await Promise.all([ctx.api.timeline(ballot.id, 'hour'), ctx.api.scores(ballot.id)]);
  if (!ctx.current()) return;

  // Every hour from the opening to now (or the close), empty hours as 0: the API leaves them out,
  // and a line drawn straight across a silent night would show votes that were never cast.
  const HOUR = 3_600_000;
  const first = Date.parse(timeline.from);
  const last = Math.min(Date.parse(timeline.to), Math.ceil(Date.parse(scores.generatedAt) / HOUR) * HOUR);
  const hours: number[] = [];
  for (let t = first; t < last; t += HOUR) hours.push(t);
  const hourTotals = new Map<number, number>(hours.map((t) => [t, 0]));
  const perCandidate: Series[] = timeline.series.map((s) => {
    const byHour = new Map<number, number>();
    for (const p of s.points) {
      const t = Date.parse(p.t);
      byHour.set(t, p.votes);
      hourTotals.set(t, (hourTotals.get(t) ?? 0) + p.votes);
    }
    return { name: names.get(s.candidateId) ?? s.candidateId, points: hours.map((t) => [t, byHour.get(t) ?? 0] as [number, number]) };
  });
  const anyVotes = timeline.series.some((s) => s.points.length > 0);
  const total: Series = { name: '全部候选人合计', points: [...hourTotals.entries()].sort((a, b) => a[0] - b[0]) };
  // The leading candidates are drawn at first; the legend turns the others on.
  const leaders = new Set([...scores.candidates].sort((a, b) => b.votes - a.votes).slice(0, LINES_SHOWN).map((c) => c.name));

  const flagged = scores.candidates.filter((c) => c.flagged);
  const totalFig = chartFigure('全部候选人每小时得票（北京时间）');
  const candFig = chartFigure(`各候选人每小时得票（默认显示得票最多的 ${Math.min(LINES_SHOWN, perCandidate.length)} 名，点击图例可显示其他候选人）`);
  fill(
    ctx.main,
    h(
      'div',
      { className: 'stats' },
      stat('已投选票', num(scores.totalVotes)),
      stat('候选人', num(scores.candidates.length)),
      stat('被标记的候选人', num(flagged.length)),
      stat('数据时间', shanghai(scores.generatedAt, true)),
    ),
    h('p', { className: 'toolbar' }, button('刷新', () => ctx.refresh(), 'secondary'), ballot.phase === 'open' ? h('span', { className: 'muted', text: `投票进行中，每 ${REFRESH_MS / 1000} 秒自动刷新。` }) : null),
    anyVotes ? null : notice('info', '还没有选票。'),
    h('h2', { text: '每小时得票' }),
    totalFig.figure,
    candFig.figure,
    h('h2', { text: scores.status === 'final' ? '最终得分' : '当前暂定得分' }),
    flagged.length > 0 ? notice('warn', `有 ${flagged.length} 名候选人因刷票疑点被标记，其网络投票得分暂按 0 分计：${flagged.map((c) => c.name).join('、')}`) : null,
    scoresTable(scores),
  );
  const { hourlyChart } = await import('../charts');
  if (!ctx.current()) return;
  const charts = [hourlyChart(totalFig.box, 'total', [total]), hourlyChart(candFig.box, 'candidates', perCandidate, leaders)];
  ctx.onLeave(() => charts.forEach((c) => c.dispose()));
  if (ballot.phase === 'open') {
    const timer = setTimeout(() => ctx.current() && ctx.refresh(), REFRESH_MS);
    ctx.onLeave(() => clearTimeout(timer));
  }
}

const stat = (label: string, value: string) => h('div', { className: 'stat' }, h('div', { className: 'stat-value', text: value }), h('div', { className: 'stat-label', text: label }));
