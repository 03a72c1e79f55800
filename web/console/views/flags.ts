import { ApiError } from '../api';
import type { ViewContext } from '../context';
import { button, field, fill, h, notice, table } from '../dom';
import { saveBlob } from '../download';
import { fromShanghaiLocal, num, shanghai } from '../format';
import { explain, FLAG_STATUS, RULE, SEVERITY } from '../texts';
import type { Ballot, Flag } from '../types';

const explainAny = (err: unknown) => (err instanceof ApiError ? explain(err) : '操作失败，请重试。');

/** A ballot's flags by status, newest first; run detection; auditors raise flags and download the ledger. */
export async function renderFlags(ctx: ViewContext, ballot: Ballot): Promise<void> {
  if (ballot.status === 'draft') {
    fill(ctx.main, notice('info', '草稿投票没有选票，也就没有疑点。'));
    return;
  }
  const names = new Map((ballot.candidates ?? []).map((c) => [c.id, c.name]));
  const statusFilter = h(
    'select',
    { id: 'flag-status' },
    h('option', { attrs: { value: '' }, text: '全部' }),
    ...Object.entries(FLAG_STATUS).map(([v, label]) => h('option', { attrs: { value: v }, text: label })),
  );
  const listBox = h('div');
  const status = h('div', { attrs: { 'aria-live': 'polite' } });
  const auditor = ctx.session.role === 'auditor';
  const open = ballot.status !== 'finalized';

  async function load() {
    fill(listBox, h('p', { className: 'muted', text: '正在读取…' }));
    const { flags } = await ctx.api.flags(ballot.id, statusFilter.value || undefined);
    if (!ctx.current()) return;
    const sorted = [...flags].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    fill(listBox, sorted.length === 0 ? notice('info', '没有符合条件的疑点。') : flagTable(sorted, names));
  }
  statusFilter.addEventListener('change', () => void load().catch((err: unknown) => fill(listBox, notice('error', explainAny(err)))));

  const detect = button('立即检测', () => {
    detect.disabled = true;
    fill(status, notice('info', '正在检测…'));
    ctx.api.detect(ballot.id).then(
      ({ flags }) => {
        detect.disabled = false;
        fill(status, notice(flags.length ? 'warn' : 'ok', flags.length ? `检测完成：新发现 ${flags.length} 个疑点。` : '检测完成：没有新的疑点。'));
        void load();
      },
      (err: unknown) => {
        detect.disabled = false;
        fill(status, notice('error', explainAny(err)));
      },
    );
  }, 'secondary');
  const ledger = auditor
    ? button('下载投票台账', () => {
        ctx.api.ledger(ballot.id).then(
          ({ blob, filename }) => saveBlob(blob, filename ?? `ledger-${ballot.id}.ndjson`),
          (err: unknown) => fill(status, notice('error', explainAny(err))),
        );
      }, 'secondary')
    : null;

  fill(
    ctx.main,
    h(
      'p',
      { className: 'toolbar' },
      open ? detect : null,
      ledger,
      h('label', { attrs: { for: 'flag-status' }, text: '状态：' }),
      statusFilter,
    ),
    h('p', { className: 'muted', text: '待审核或已确认的疑点会使该候选人的网络投票得分计为 0；只有审计员可以确认或驳回。系统也会在后台定时检测。' }),
    status,
    listBox,
    auditor && open ? manualFlag(ctx, ballot, load) : null,
  );
  await load();
}

function flagTable(flags: Flag[], names: Map<string, string>): HTMLTableElement {
  return table(
    ['发现时间', '候选人', '类型', '时段（北京时间）', '实际 / 预期票数', '严重程度', '状态', ''],
    flags.map((f) => [
      shanghai(f.createdAt),
      names.get(f.candidateId) ?? f.candidateId,
      RULE[f.rule] ?? f.rule,
      f.windowStart ? `${shanghai(f.windowStart)} – ${shanghai(f.windowEnd).slice(11)}` : '—',
      f.observed !== null ? `${num(f.observed)} / ${num(f.expected, 1)}` : '—',
      SEVERITY[f.severity] ?? f.severity,
      h('span', { className: `flag-status status-${f.status}`, text: FLAG_STATUS[f.status] ?? f.status }),
      h('a', { attrs: { href: `#/flags/${f.id}`, 'aria-label': `查看疑点：${names.get(f.candidateId) ?? f.candidateId} ${shanghai(f.createdAt)}` }, text: '查看' }),
    ]),
    `共 ${flags.length} 个疑点，最新的在前`,
  );
}

function manualFlag(ctx: ViewContext, ballot: Ballot, reload: () => Promise<void>): HTMLElement {
  const candidate = field(
    '候选人',
    h('select', null, ...(ballot.candidates ?? []).map((c) => h('option', { attrs: { value: c.id }, text: `${c.name}（${c.city}）` }))),
  );
  const reason = field('标记理由（10 至 2000 字）', h('textarea', { attrs: { rows: 3, maxlength: 2000 } }));
  const from = field('时段开始（北京时间，可不填）', h('input', { attrs: { type: 'datetime-local' } }));
  const to = field('时段结束（北京时间，可不填）', h('input', { attrs: { type: 'datetime-local' } }));
  const status = h('div', { attrs: { 'aria-live': 'polite' } });
  const form = h(
    'form',
    { attrs: { novalidate: true, 'aria-label': '人工标记疑点' } },
    h('p', { className: 'muted', text: '人工标记的疑点立即使该候选人得分计为 0，需由另一名审计员确认。' }),
    h('div', { className: 'grid' }, candidate.row, from.row, to.row),
    reason.row,
    h('button', { attrs: { type: 'submit' }, text: '提交标记' }),
    status,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const r = reason.input.value.trim();
    reason.setError(r.length < 10 ? '理由至少 10 个字。' : null);
    const ws = from.input.value ? fromShanghaiLocal(from.input.value) : null;
    const we = to.input.value ? fromShanghaiLocal(to.input.value) : null;
    to.setError(ws && we && Date.parse(ws) >= Date.parse(we) ? '结束时间必须晚于开始时间。' : null);
    if (r.length < 10 || (ws && we && Date.parse(ws) >= Date.parse(we))) return;
    ctx.api
      .raiseFlag(ballot.id, { candidateId: candidate.input.value, reason: r, ...(ws ? { windowStart: ws } : {}), ...(we ? { windowEnd: we } : {}) })
      .then(
        (flag) => {
          reason.input.value = '';
          fill(status, notice('ok', '已提交标记。'), ' ', h('a', { attrs: { href: `#/flags/${flag.id}` }, text: '查看该疑点' }));
          void reload();
        },
        (err: unknown) => fill(status, notice('error', explainAny(err))),
      );
  });
  return h('details', { className: 'card' }, h('summary', { text: '人工标记疑点' }), form);
}
