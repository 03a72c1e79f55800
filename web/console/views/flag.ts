import { ApiError } from '../api';
import { chartFigure, WINDOW_SHADE } from '../chart-figure';
import type { ViewContext } from '../context';
import { button, field, fill, h, notice, table } from '../dom';
import { num, shanghai, shanghaiClock } from '../format';
import { explain, FLAG_STATUS, RULE, SEVERITY } from '../texts';
import type { Ballot, Flag, FlagContext, ReviewEntry } from '../types';
import { countTable, otherEvidence, signalRows } from './evidence';

const SPANS = [1, 3, 6, 12, 24];
const DEFAULT_SPAN = 3;

/** One flag: the chart around its window, the evidence, the sources, sample votes, review. */
export async function renderFlag(ctx: ViewContext, flagId: string, hours: number | null): Promise<void> {
  const HOURS_AROUND = hours !== null && SPANS.includes(hours) ? hours : DEFAULT_SPAN;
  fill(ctx.main, h('p', { className: 'muted', text: '正在读取…' }));
  const flag = await ctx.api.flag(flagId);
  const [ballot, context] = await Promise.all([ctx.api.ballot(flag.ballotId), ctx.api.flagContext(flagId, HOURS_AROUND, HOURS_AROUND)]);
  if (!ctx.current()) return;
  const names = new Map((ballot.candidates ?? []).map((c) => [c.id, c.name]));
  const name = names.get(flag.candidateId) ?? flag.candidateId;
  const ev = flag.evidence ?? {};

  const windowText = flag.windowStart ? `${shanghai(flag.windowStart)} – ${shanghai(flag.windowEnd).slice(11)}` : '未指定';
  const caption = flag.windowStart
    ? `${name} 每分钟得票（柱）、检测基线给出的预期水平（虚线）和其他候选人合计每分钟得票（灰线，右轴）；阴影为疑点时段 ${windowText}（北京时间），前后各约 ${HOURS_AROUND} 小时。`
    : `${name} 在标记前约 ${HOURS_AROUND} 小时的每分钟得票（柱）、预期水平（虚线）和其他候选人合计（灰线，右轴）。该人工标记未指定时段。`;
  const fig = chartFigure(caption, 'chart chart-tall');
  if (flag.windowStart) {
    fig.box.dataset.windowStart = flag.windowStart;
    fig.box.dataset.windowEnd = flag.windowEnd ?? '';
    fig.box.dataset.shade = WINDOW_SHADE;
  }

  const shown = new Set(['signals', 'topIps', 'topPrefixes', 'topUserAgents', 'sampleVoteIds', 'menu']);
  // An account pool's menu by candidate name, not id: the reviewer tells the client from its decoys.
  const menu = Array.isArray(ev.menu)
    ? ev.menu.map((m: { candidateId?: unknown; poolVotes?: unknown }) => ({ candidate: names.get(String(m.candidateId)) ?? String(m.candidateId), votes: m.poolVotes }))
    : null;
  const top = (key: 'topIps' | 'topPrefixes' | 'topUserAgents', caption2: string, label: string, fallback: unknown) =>
    countTable(caption2, label, ev[key]) ?? countTable(`${caption2}（按该时段的选票统计）`, label, fallback);

  fill(
    ctx.main,
    h('p', null, h('a', { attrs: { href: `#/ballots/${ballot.id}/flags` }, text: `← ${ballot.title} · 刷票疑点` })),
    h('h1', { text: `疑点：${name}` }),
    summary(flag, context),
    h('h2', { text: '每分钟得票' }),
    spanPicker(ctx, flagId, HOURS_AROUND),
    fig.figure,
    h('p', {
      className: 'muted',
      text: '预期水平与自动检测使用的基线相同：该候选人过去 24 小时在其他候选人得票中所占的份额（异常分钟已削峰，历史很少时按平均份额估计）× 同一分钟其他候选人的得票数；深夜等冷清时段有最低值。柱子远高于虚线、而灰线没有同步上升，说明只有这名候选人在激增。',
      attrs: { title: context.expectedMethod },
    }),
    chartTable(context),
    h('h2', { text: '证据' }),
    signalRows(ev.signals) ?? notice('info', flag.rule === 'manual' ? '人工标记没有自动检测的信号，请阅读理由和下面的来源统计。' : '该疑点的证据中没有信号明细。'),
    otherEvidence(ev, shown),
    countTable('账号池投票的候选人及其池内票数', '候选人', menu),
    h('h2', { text: '来源统计' }),
    h(
      'div',
      { className: 'tables' },
      top('topIps', '票数最多的 IP', 'IP 地址', context.top?.ips) ?? notice('info', '没有 IP 统计。'),
      top('topPrefixes', '票数最多的网段', '网段', context.top?.prefixes),
      top('topUserAgents', '票数最多的浏览器标识', 'User-Agent', context.top?.userAgents),
    ),
    h('h2', { text: '抽样选票' }),
    sampleVotes(context, names),
    h('h2', { text: '审核' }),
    reviewPanel(ctx, flag, ballot),
    h('h3', { text: '审核记录' }),
    reviewHistory(flag),
  );
  const { flagChart } = await import('../charts');
  if (!ctx.current()) return;
  const chart = flagChart(fig.box, {
    points: context.points.map((p) => ({ t: Date.parse(p.t), votes: p.votes, others: p.others, expected: p.expected })),
    window: flag.windowStart && flag.windowEnd ? [Date.parse(flag.windowStart), Date.parse(flag.windowEnd)] : null,
    candidateName: name,
  });
  ctx.onLeave(() => chart.dispose());
}

function spanPicker(ctx: ViewContext, flagId: string, current: number): HTMLElement {
  const select = h('select', { id: 'flag-span' }, ...SPANS.map((n) => h('option', { attrs: { value: n, selected: n === current }, text: `前后各 ${n} 小时` })));
  select.addEventListener('change', () => ctx.navigate(`#/flags/${flagId}/${select.value}`));
  return h('p', { className: 'toolbar' }, h('label', { attrs: { for: 'flag-span' }, text: '图表范围：' }), select);
}

function summary(flag: Flag, context: FlagContext): HTMLElement {
  const fact = (label: string, value: string | Node) => h('div', null, h('dt', { text: label }), h('dd', null, value));
  const ratio = flag.observed !== null && flag.expected ? ` （约 ${num(flag.observed / flag.expected, 1)} 倍）` : '';
  return h(
    'dl',
    { className: 'facts' },
    fact('状态', h('span', { className: `flag-status status-${flag.status}`, text: FLAG_STATUS[flag.status] ?? flag.status })),
    fact('类型', RULE[flag.rule] ?? flag.rule),
    fact('严重程度', SEVERITY[flag.severity] ?? flag.severity),
    fact('时段（北京时间）', flag.windowStart ? `${shanghai(flag.windowStart)} – ${shanghai(flag.windowEnd).slice(11)}` : '未指定'),
    fact('实际 / 预期票数', flag.observed !== null ? `${num(flag.observed)} / ${num(flag.expected, 1)}${ratio}` : '—'),
    fact('同时段其他候选人合计', context.window ? num(context.window.others) : '—'),
    fact('发现', `${shanghai(flag.createdAt)}，${flag.createdBy}`),
  );
}

/** The chart's numbers as a table (collapsed), for screen readers and exact reading. */
function chartTable(context: FlagContext): HTMLElement {
  const inWindow = (t: string) => context.windowStart !== null && context.windowEnd !== null && t >= context.windowStart && t < context.windowEnd;
  const rows = context.points
    .filter((p) => p.votes > 0 || inWindow(p.t))
    .map((p) => [shanghaiClock(Date.parse(p.t)), num(p.votes), p.expected === null ? '—' : num(p.expected, 2), num(p.others), inWindow(p.t) ? '是' : '']);
  return h('details', null, h('summary', { text: '以表格查看图中的数字（有票的分钟）' }), table(['时刻', '该候选人', '预期水平', '其他候选人合计', '疑点时段内'], rows));
}

function sampleVotes(context: FlagContext, names: Map<string, string>): HTMLElement {
  if (context.sampleVotes.length === 0) return notice('info', '没有抽样选票。');
  return h(
    'div',
    null,
    h('p', { className: 'muted', text: context.sampleSource === 'evidence' ? '检测证据中列出的选票：' : '从疑点时段内该候选人的选票中均匀抽取：' }),
    table(
      ['时间（北京时间）', '选票编号', '所选候选人', 'IP', 'User-Agent'],
      context.sampleVotes.map((v) => [
        shanghai(v.at, true),
        h('code', { text: v.voteId }),
        v.candidateIds.map((id) => names.get(id) ?? id).join('、'),
        v.ip,
        h('span', { className: 'ua', text: v.userAgent }),
      ]),
    ),
  );
}

function reviewPanel(ctx: ViewContext, flag: Flag, ballot: Ballot): HTMLElement {
  if (ctx.session.role !== 'auditor') {
    return notice('info', '只有审计员可以确认或驳回疑点。您是省评选办（管理员）账号，只能查看。');
  }
  if (ballot.status === 'finalized') return notice('info', '该投票已定稿，疑点已冻结，不能再审核。');
  const note = field('审核说明（至少 10 个字，将写入审计日志）', h('textarea', { attrs: { rows: 3, maxlength: 2000 } }));
  const status = h('div', { attrs: { 'aria-live': 'polite' } });
  const decide = (decision: 'confirm' | 'dismiss') => {
    const text = note.input.value.trim();
    if (text.length < 10) {
      note.setError('说明至少 10 个字。');
      return;
    }
    note.setError(null);
    confirmBtn.disabled = dismissBtn.disabled = true;
    ctx.api.review(flag.id, decision, text).then(
      () => ctx.refresh(),
      (err: unknown) => {
        confirmBtn.disabled = dismissBtn.disabled = false;
        const message =
          err instanceof ApiError && err.code === 'FORBIDDEN' && flag.rule === 'manual'
            ? '人工标记需由另一名审计员确认：提出标记的审计员不能自己确认。'
            : err instanceof ApiError
              ? explain(err)
              : '提交失败，请重试。';
        fill(status, notice('error', message));
      },
    );
  };
  const confirmBtn = button('确认', () => decide('confirm'), 'danger');
  const dismissBtn = button('驳回', () => decide('dismiss'), 'secondary');
  return h(
    'div',
    { className: 'card' },
    h('p', {
      text:
        flag.status === 'active'
          ? '确认：认定为恶意刷票，该候选人网络投票得分为 0。驳回：不是刷票，得分恢复。'
          : `该疑点已${FLAG_STATUS[flag.status]}。定稿前仍可改判，新的决定生效，之前的记录会保留。`,
    }),
    note.row,
    h('p', { className: 'toolbar' }, confirmBtn, dismissBtn),
    status,
  );
}

function reviewHistory(flag: Flag): HTMLElement {
  if (!flag.review) return notice('info', '尚未审核。');
  const entries: ReviewEntry[] = [...(flag.review.history ?? []), flag.review];
  return h(
    'ol',
    { className: 'history' },
    ...entries.map((e) =>
      h(
        'li',
        null,
        h('strong', { text: e.decision === 'confirm' ? '确认刷票' : '驳回' }),
        ` · ${shanghai(e.at)} · ${e.by}`,
        h('blockquote', { text: e.note }),
      ),
    ),
  );
}
