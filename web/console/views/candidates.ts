import { ApiError } from '../api';
import { duplicateNames, parseCandidates, type CandidateRow } from '../candidates-import';
import type { ViewContext } from '../context';
import { button, field, fill, h, notice, table } from '../dom';
import { explain } from '../texts';
import type { Ballot } from '../types';

const BATCH = 500; // the API's limit per call

/** The candidate list; on a draft, the office adds (one by one or in bulk), deletes and publishes. */
export function renderCandidates(ctx: ViewContext, ballot: Ballot): void {
  const candidates = ballot.candidates ?? [];
  const editable = ctx.session.role === 'admin' && ballot.status === 'draft';
  const reload = () => ctx.refresh();
  const status = h('div', { attrs: { 'aria-live': 'polite' } });

  const rows = candidates.map((c, i) => [
    String(i + 1),
    c.name,
    c.city,
    c.county ?? '',
    c.summary ?? '',
    editable
      ? button('删除', () => {
          ctx.api.deleteCandidate(ballot.id, c.id).then(reload, (err: unknown) => fill(status, notice('error', explainAny(err))));
        }, 'danger small')
      : null,
  ]);
  const list = candidates.length
    ? table(['序号', '名称', '所属设区市', '县（市、区）', '简介', editable ? '操作' : ''], rows, `共 ${candidates.length} 名候选人，名额 ${ballot.seats}`)
    : notice('info', '还没有候选人。');
  // Each delete button names its candidate for screen readers (and tests).
  list.querySelectorAll('tbody tr').forEach((tr, i) => tr.querySelector('button')?.setAttribute('aria-label', `删除 ${candidates[i].name}`));

  fill(
    ctx.main,
    status,
    editable ? publishPanel(ctx, ballot, status) : null,
    editable ? addOne(ctx, ballot, reload) : null,
    editable ? bulkImport(ctx, ballot, reload) : null,
    h('h2', { text: '候选人名单' }),
    list,
  );
}

const explainAny = (err: unknown) => (err instanceof ApiError ? explain(err) : '操作失败，请重试。');

function publishPanel(ctx: ViewContext, ballot: Ballot, status: HTMLElement): HTMLElement {
  const n = ballot.candidates?.length ?? 0;
  const ready = n > ballot.seats;
  return h(
    'div',
    { className: 'card' },
    h('h2', { text: '发布' }),
    h('p', {
      text: ready
        ? `候选人 ${n} 名，多于名额 ${ballot.seats} 名，符合差额投票要求。发布后不能再修改候选人，投票将在开始时间自动开放。`
        : `差额投票要求候选人多于名额：目前 ${n} 名候选人，名额 ${ballot.seats} 名，还需至少 ${ballot.seats + 1 - n} 名。`,
    }),
    button('发布投票', () => {
      ctx.api.publish(ballot.id).then(
        () => ctx.navigate(`#/ballots/${ballot.id}/live`),
        (err: unknown) => fill(status, notice('error', explainAny(err))),
      );
    }),
  );
}

function addOne(ctx: ViewContext, ballot: Ballot, reload: () => void): HTMLElement {
  const name = field('名称', h('input', { attrs: { type: 'text', maxlength: 200 } }));
  const city = field('所属设区市', h('input', { attrs: { type: 'text', maxlength: 100 } }));
  const county = field('县（市、区，可不填）', h('input', { attrs: { type: 'text', maxlength: 200 } }));
  const summary = field('简介（可不填）', h('textarea', { attrs: { rows: 2, maxlength: 2000 } }));
  const status = h('div');
  const form = h(
    'form',
    { attrs: { novalidate: true, 'aria-label': '添加一名候选人' } },
    h('div', { className: 'grid' }, name.row, city.row, county.row, summary.row),
    h('button', { attrs: { type: 'submit' }, text: '添加候选人' }),
    status,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    name.setError(name.input.value.trim() ? null : '请填写名称。');
    city.setError(city.input.value.trim() ? null : '请填写所属设区市。');
    if (!name.input.value.trim() || !city.input.value.trim()) return;
    ctx.api
      .addCandidates(ballot.id, [
        { name: name.input.value.trim(), city: city.input.value.trim(), county: county.input.value.trim() || null, summary: summary.input.value.trim() || null },
      ])
      .then(reload, (err: unknown) => fill(status, notice('error', explainAny(err))));
  });
  return h('details', { className: 'card' }, h('summary', { text: '逐个添加候选人' }), form);
}

function bulkImport(ctx: ViewContext, ballot: Ballot, reload: () => void): HTMLElement {
  const text = field(
    '粘贴候选人（每行一名：名称, 所属设区市, 简介）',
    h('textarea', { attrs: { rows: 8, spellcheck: 'false' } }),
    '可直接从 Excel 复制粘贴（制表符分隔），也可用逗号分隔；简介中有逗号时请用英文双引号括起来。第四列可填县（市、区）。第一行是列名时会自动跳过。',
  );
  const file = h('input', { attrs: { type: 'file', accept: '.csv,.tsv,.txt,text/csv,text/plain' } });
  const fileRow = field('或上传 CSV 文件（UTF-8，Excel 可“另存为 CSV UTF-8”）', file);
  const preview = h('div', { attrs: { 'aria-live': 'polite' } });
  let parsed: CandidateRow[] = [];

  const show = () => {
    parsed = parseCandidates(text.input.value);
    const existing = (ballot.candidates ?? []).map((c) => c.name);
    const dups = duplicateNames(parsed, existing);
    const bad = parsed.filter((r) => r.errors.length > 0);
    if (parsed.length === 0) {
      fill(preview, notice('warn', '没有读到任何候选人。'));
      return;
    }
    const send = button(`导入 ${parsed.length} 名候选人`, () => {
      send.disabled = true;
      void importAll(parsed).then(
        () => reload(),
        (err: unknown) => {
          send.disabled = false;
          fill(result, notice('error', explainAny(err)));
        },
      );
    });
    send.disabled = bad.length > 0;
    const result = h('div');
    fill(
      preview,
      h('h3', { text: `预览：${parsed.length} 名候选人` }),
      bad.length > 0 ? notice('error', `${bad.length} 行有问题，请在上面修改后重新预览。`) : null,
      dups.size > 0 ? notice('warn', `以下名称重复出现（可以导入，但请核对）：${[...dups].join('、')}`) : null,
      table(
        ['行', '名称', '所属设区市', '简介', '县（市、区）', '问题'],
        parsed.map((r) => [String(r.line), r.name, r.city, r.summary ?? '', r.county ?? '', r.errors.join('；')]),
      ),
      send,
      result,
    );
  };

  async function importAll(rows: CandidateRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += BATCH) {
      await ctx.api.addCandidates(
        ballot.id,
        rows.slice(i, i + BATCH).map((r) => ({ name: r.name, city: r.city, summary: r.summary, county: r.county })),
      );
    }
  }

  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (!f) return;
    void f.text().then((t) => {
      text.input.value = t;
      show();
    });
  });

  return h(
    'details',
    { className: 'card', attrs: { open: true } },
    h('summary', { text: '批量导入候选人' }),
    text.row,
    fileRow.row,
    button('预览', show, 'secondary'),
    preview,
  );
}
