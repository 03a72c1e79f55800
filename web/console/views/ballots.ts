import { ApiError } from '../api';
import type { ViewContext } from '../context';
import { field, fill, h, notice, table } from '../dom';
import { fromShanghaiLocal, num, shanghai, toShanghaiLocal } from '../format';
import { CATEGORY, explain, PHASE } from '../texts';

/** Every ballot with its phase and totals; the office creates new ones here. */
export async function renderBallots(ctx: ViewContext): Promise<void> {
  const { main, api, session } = ctx;
  fill(main, h('h1', { text: '投票列表' }), h('p', { className: 'muted', text: '正在读取…' }));
  const { ballots } = await api.ballots();
  if (!ctx.current()) return;

  const rows = ballots.map((b) => [
    h('a', { attrs: { href: `#/ballots/${b.id}` }, text: b.title }),
    CATEGORY[b.category] ?? b.category,
    String(b.year),
    h('span', { className: `phase phase-${b.phase}`, text: PHASE[b.phase] ?? b.phase }),
    `${shanghai(b.opensAt)} 至 ${shanghai(b.closesAt)}`,
    num(b.candidateCount),
    num(b.seats),
    num(b.totalVotes ?? 0),
  ]);
  fill(
    main,
    h('h1', { text: '投票列表' }),
    session.role === 'admin' ? createBallotSection(ctx) : null,
    ballots.length === 0
      ? notice('info', '还没有投票。')
      : table(['标题', '类别', '年度', '阶段', '投票时间（北京时间）', '候选人', '名额', '总票数'], rows, `共 ${ballots.length} 个投票`),
  );
}

function createBallotSection(ctx: ViewContext): HTMLElement {
  const details = h('details', { className: 'card' }, h('summary', { text: '新建投票' }));
  const title = field('标题', h('input', { attrs: { type: 'text', maxlength: 200, required: true } }));
  const category = field(
    '类别',
    h('select', null, h('option', { attrs: { value: 'county' }, text: CATEGORY.county }), h('option', { attrs: { value: 'township' }, text: CATEGORY.township })),
  );
  const year = field('年度', h('input', { attrs: { type: 'number', min: 2000, max: 2100, required: true } }));
  year.input.value = String(new Date().getFullYear());
  const seats = field('名额（入选数）', h('input', { attrs: { type: 'number', min: 1, max: 500, required: true } }), '差额投票：候选人数必须多于名额数才能发布。');
  const maxChoices = field('每票最多可选', h('input', { attrs: { type: 'number', min: 1, max: 500 } }), '1 到名额数之间，默认 1。');
  maxChoices.input.value = '1';
  const opensAt = field('开始时间（北京时间）', h('input', { attrs: { type: 'datetime-local', required: true } }));
  // Pre-filled with tomorrow's next whole hour by the browser's clock; the office edits it anyway.
  opensAt.input.value = toShanghaiLocal(Math.ceil(new Date().getTime() / 3_600_000) * 3_600_000 + 86_400_000);
  const durationDays = field('投票天数', h('input', { attrs: { type: 'number', min: 1, max: 31 } }), '1 到 31 天，默认 7 天。');
  durationDays.input.value = '7';
  const showLive = h('input', { attrs: { type: 'checkbox' } });
  showLive.checked = true;
  const showLiveRow = h('div', { className: 'field field-check' }, h('label', null, showLive, ' 投票期间向公众显示实时票数'));
  const status = h('div');
  const fields = { title, category, year, seats, maxChoices, opensAt, durationDays };

  const form = h(
    'form',
    { attrs: { novalidate: true, 'aria-label': '新建投票' } },
    h('div', { className: 'grid' }, title.row, category.row, year.row, seats.row, maxChoices.row, opensAt.row, durationDays.row),
    showLiveRow,
    h('button', { attrs: { type: 'submit' }, text: '创建投票' }),
    status,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    for (const f of Object.values(fields)) f.setError(null);
    fill(status);
    const intOf = (s: string) => (/^\s*-?\d+\s*$/.test(s) ? Number(s) : NaN);
    const body = {
      title: title.input.value.trim(),
      category: category.input.value,
      year: intOf(year.input.value),
      seats: intOf(seats.input.value),
      maxChoices: intOf(maxChoices.input.value || '1'),
      opensAt: fromShanghaiLocal(opensAt.input.value),
      durationDays: intOf(durationDays.input.value || '7'),
      showLiveCounts: showLive.checked,
    };
    // Checks a person can fix before sending; the API checks again and has the last word.
    let bad = false;
    const fail = (f: { setError(m: string): void }, m: string) => {
      f.setError(m);
      bad = true;
    };
    if (!body.title) fail(title, '请填写标题。');
    if (!Number.isInteger(body.year) || body.year < 2000 || body.year > 2100) fail(year, '年度应为 2000 到 2100 之间的整数。');
    if (!Number.isInteger(body.seats) || body.seats < 1 || body.seats > 500) fail(seats, '名额应为 1 到 500 之间的整数。');
    if (!Number.isInteger(body.maxChoices) || body.maxChoices < 1) fail(maxChoices, '每票最多可选应为至少 1 的整数。');
    else if (Number.isInteger(body.seats) && body.maxChoices > body.seats) fail(maxChoices, '每票最多可选不能超过名额数。');
    if (!body.opensAt) fail(opensAt, '请选择开始时间。');
    if (!Number.isInteger(body.durationDays) || body.durationDays < 1 || body.durationDays > 31) fail(durationDays, '投票天数应为 1 到 31 之间的整数。');
    if (bad) return;
    void ctx.api.createBallot(body).then(
      (ballot) => ctx.navigate(`#/ballots/${ballot.id}/candidates`),
      (err: unknown) => {
        if (!(err instanceof ApiError)) throw err;
        // Put each validation message next to the field it names.
        let placed = false;
        for (const d of err.body.details ?? []) {
          const key = (d.path ?? '').replace(/^\//, '').split('/')[0] as keyof typeof fields;
          if (fields[key]) {
            fields[key].setError(d.message ?? '不符合要求');
            placed = true;
          }
        }
        if (!placed) fill(status, notice('error', explain(err)));
      },
    );
  });
  details.append(form);
  return details;
}

