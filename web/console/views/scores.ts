import { ApiError } from '../api';
import type { ViewContext } from '../context';
import { button, field, fill, h, notice, table } from '../dom';
import { saveBlob } from '../download';
import { num, shanghai } from '../format';
import { explain } from '../texts';
import type { Ballot, Scores } from '../types';

/** The scores table with the same columns as the CSV the evaluation system reads. */
export function scoresTable(scores: Scores): HTMLTableElement {
  const t = table(
    ['排名', '候选人', '所属设区市', '得票', '刷票标记', '网络投票得分（满分 20）'],
    scores.candidates.map((c) => [
      String(c.rank),
      c.name,
      c.city,
      num(c.votes),
      c.flagged ? h('span', { className: 'flagged', text: '⚠ 已标记（得分计 0）' }) : '—',
      c.voteScore.toFixed(2),
    ]),
    `${scores.status === 'final' ? '最终' : '暂定'}得分 · 生成于 ${shanghai(scores.generatedAt, true)}（北京时间） · 总选票 ${num(scores.totalVotes)}`,
  );
  t.classList.add('scores');
  t.querySelectorAll('tbody tr').forEach((tr, i) => {
    if (scores.candidates[i].flagged) tr.classList.add('row-flagged');
  });
  return t;
}

/** Scores, CSV download, finalize (office, after the window) and the digest. */
export async function renderScores(ctx: ViewContext, ballot: Ballot): Promise<void> {
  if (ballot.status === 'draft') {
    fill(ctx.main, notice('info', '草稿投票还没有得分。'));
    return;
  }
  const scores = await ctx.api.scores(ballot.id);
  if (!ctx.current()) return;
  const status = h('div', { attrs: { 'aria-live': 'polite' } });
  const downloadCsv = button('下载 CSV', () => {
    ctx.api.scoresCsv(ballot.id).then(
      ({ blob, filename }) => saveBlob(blob, filename ?? `scores-${ballot.id}.csv`),
      (err: unknown) => fill(status, notice('error', err instanceof ApiError ? explain(err) : '下载失败。')),
    );
  }, 'secondary');

  fill(
    ctx.main,
    h(
      'p',
      { className: 'muted' },
      scores.status === 'final'
        ? '已定稿：以下为冻结的最终得分。'
        : '暂定得分：投票期间随选票与疑点审核结果变化。被标记（待审核或已确认刷票）的候选人得分为 0，其余按“20 × 票数 ÷ 未被标记者中的最高票数”计算。',
    ),
    h('p', { className: 'toolbar' }, downloadCsv, h('span', { className: 'muted', text: 'CSV 列：rank, candidate_id, name, city, votes, flagged, vote_score（UTF-8，可直接用 Excel 打开）' })),
    status,
    scoresTable(scores),
    scores.status === 'final' ? digestPanel(ballot, scores) : ctx.session.role === 'admin' ? finalizePanel(ctx, ballot) : null,
  );
}

function finalizePanel(ctx: ViewContext, ballot: Ballot): HTMLElement {
  const panel = h('div', { className: 'card' }, h('h2', { text: '定稿' }));
  if (ballot.phase !== 'closed') {
    panel.append(h('p', { text: `投票截止（${shanghai(ballot.closesAt)}，北京时间）后才能定稿。` }));
    return panel;
  }
  const understood = h('input', { attrs: { type: 'checkbox' } });
  const go = button('定稿并发布摘要', () => send(), 'danger');
  go.disabled = true;
  understood.addEventListener('change', () => {
    go.disabled = !understood.checked;
  });
  const status = h('div', { attrs: { 'aria-live': 'polite' } });
  const overrideBox = h('div');

  function send(override?: { reason: string }) {
    go.disabled = true;
    ctx.api.finalize(ballot.id, override).then(
      () => ctx.refresh(),
      (err: unknown) => {
        go.disabled = !understood.checked;
        if (err instanceof ApiError && err.code === 'UNREVIEWED_FLAGS') showOverride(err.body.flagIds ?? []);
        fill(status, notice('error', err instanceof ApiError ? explain(err) : '定稿失败，请重试。'));
      },
    );
  }

  function showOverride(flagIds: string[]) {
    const reason = field('强制定稿理由（10 至 2000 字，将写入审计日志）', h('textarea', { attrs: { rows: 3, maxlength: 2000 } }));
    fill(
      overrideBox,
      h('h3', { text: '待审核的疑点' }),
      h('ul', null, ...flagIds.map((id) => h('li', null, h('a', { attrs: { href: `#/flags/${id}` }, text: `疑点 ${id}` })))),
      reason.row,
      button('强制定稿', () => {
        const r = reason.input.value.trim();
        if (r.length < 10) return reason.setError('理由至少 10 个字。');
        reason.setError(null);
        send({ reason: r });
      }, 'danger'),
    );
  }

  panel.append(
    h('p', { text: '定稿将：' }),
    h(
      'ul',
      null,
      h('li', { text: '冻结每名候选人的票数、刷票标记、得分和排名，此后不再变化；' }),
      h('li', { text: '冻结所有疑点：之后不能再确认或驳回；' }),
      h('li', { text: '计算并公布覆盖最终得分与完整投票台账的 SHA-256 摘要，任何持有台账的人都可以复核；' }),
      h('li', { text: '在审计日志中记录本次定稿。此操作不可撤销。' }),
    ),
    h('label', { className: 'field-check' }, understood, ' 我已了解：定稿会冻结以上内容且不可撤销'),
    h('p', null, go),
    status,
    overrideBox,
  );
  return panel;
}

function digestPanel(ballot: Ballot, scores: Scores): HTMLElement {
  const digest = scores.digest ?? '';
  const code = h('code', { className: 'digest', id: 'digest', text: digest });
  const copied = h('span', { className: 'muted', attrs: { 'aria-live': 'polite' } });
  const copy = button('复制摘要', () => {
    const done = () => (copied.textContent = '已复制');
    if (navigator.clipboard) {
      navigator.clipboard.writeText(digest).then(done, () => selectText(code));
    } else selectText(code);
  }, 'secondary');
  const json = button('下载最终得分 JSON', () => {
    saveBlob(new Blob([JSON.stringify(scores, null, 2)], { type: 'application/json' }), `final-${ballot.id}.json`);
  }, 'secondary');
  return h(
    'div',
    { className: 'card' },
    h('h2', { text: '定稿摘要' }),
    h('p', { text: '最终得分与投票台账的 SHA-256 摘要：' }),
    h('p', null, code, ' ', copy, ' ', copied),
    h('h3', { text: '如何复核' }),
    h(
      'ol',
      null,
      h('li', { text: '审计员在“刷票疑点”页下载投票台账（ledger-….ndjson）。' }),
      h('li', null, '在本页点击“下载最终得分 JSON”，保存为 final.json。 ', json),
      h('li', null, '在服务代码目录运行：', h('code', { text: 'npm run cli -- verify --ledger ledger.ndjson --scores final.json' })),
      h('li', { text: '该命令只凭这两个文件重新计算每名候选人的票数、得分、排名和摘要；退出码为 0 表示与公布的结果完全一致，否则会逐条列出不一致之处。' }),
    ),
  );
}

function selectText(el: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(el);
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}
