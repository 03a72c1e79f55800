import { h, render } from '../shared/dom';
import type { Ballot, Candidate } from './types';

/**
 * The candidates with search by name and a filter by city: each one a checkbox (a radio button
 * when only one may be chosen) whose label carries the name, so it is what a screen reader and
 * the tests find. Choosing beyond maxChoices is stopped and explained.
 */
export class CandidatePicker {
  readonly element: HTMLElement;
  onSubmit: (candidateIds: string[]) => void = () => {};

  private readonly inputs = new Map<string, HTMLInputElement>();
  private readonly rows = new Map<string, HTMLElement>();
  private readonly counts = new Map<string, HTMLElement>();
  private readonly limitNote = h('p', { class: 'limit-note', role: 'alert' });
  private readonly chosenNote = h('span', { class: 'chosen-note' });
  private readonly submitButton = h('button', { type: 'button', class: 'weui-btn weui-btn_primary submit' });
  private readonly emptyNote = h('p', { class: 'empty-note', hidden: true }, '没有符合条件的候选人');
  private readonly search = h('input', { type: 'search', class: 'weui-input', placeholder: '输入姓名搜索', 'aria-label': '搜索候选人姓名', autocomplete: 'off' });
  private readonly city = h('select', { class: 'weui-select', 'aria-label': '按设区市筛选' });

  constructor(
    private readonly ballot: Ballot,
    private readonly opts: { readOnly: boolean; preselected?: string[] },
  ) {
    const candidates = ballot.candidates ?? [];
    const single = ballot.maxChoices === 1;
    const list = h('div', { class: 'weui-cells weui-cells_checkbox candidates', role: 'group', 'aria-label': '候选人' });
    const ranks = rankOf(candidates);
    for (const c of candidates) {
      const input = h('input', { type: single ? 'radio' : 'checkbox', class: 'weui-check', name: 'candidate', value: c.id, id: `c-${c.id}` });
      input.disabled = opts.readOnly;
      // An unfinished attempt (e.g. before a re-sign-in) comes back as it was chosen.
      if (!opts.readOnly && opts.preselected && opts.preselected.indexOf(c.id) !== -1) input.checked = true;
      input.addEventListener('change', () => this.onChange(input));
      const count = h('span', { class: 'count' });
      this.counts.set(c.id, count);
      const row = h(
        'label',
        { class: 'weui-cell weui-cell_active weui-check__label candidate', for: `c-${c.id}` },
        h('div', { class: 'weui-cell__hd' }, input, h('i', { class: 'weui-icon-checked', 'aria-hidden': 'true' })),
        h(
          'div',
          { class: 'weui-cell__bd' },
          h('p', { class: 'name' }, c.name),
          h('p', { class: 'place' }, c.county ? `${c.city} · ${c.county}` : c.city),
          c.summary ? h('p', { class: 'summary' }, c.summary) : null,
        ),
        h('div', { class: 'weui-cell__ft' }, count),
      );
      this.inputs.set(c.id, input);
      this.rows.set(c.id, row);
      list.appendChild(row);
    }
    this.updateCounts(ballot, ranks);

    const cities = uniqueSorted(candidates.map((c) => c.city));
    render(this.city, h('option', { value: '' }, '全部设区市'), ...cities.map((city) => h('option', { value: city }, city)));
    this.search.addEventListener('input', () => this.applyFilter());
    this.city.addEventListener('change', () => this.applyFilter());
    this.submitButton.addEventListener('click', () => this.confirm());

    this.element = h(
      'section',
      { class: 'picker' },
      h(
        'div',
        { class: 'filters' },
        h('div', { class: 'filter-search' }, this.search),
        h('div', { class: 'filter-city' }, this.city),
      ),
      this.emptyNote,
      list,
      opts.readOnly
        ? null
        : h('div', { class: 'submit-bar' }, this.limitNote, h('div', { class: 'submit-row' }, this.chosenNote, this.submitButton)),
    );
    this.refreshChosen();
  }

  chosen(): string[] {
    const out: string[] = [];
    this.inputs.forEach((input, id) => {
      if (input.checked) out.push(id);
    });
    return out;
  }

  updateCounts(fresh: Ballot, ranks = rankOf(fresh.candidates ?? [])): void {
    if (!fresh.showLiveCounts) return;
    for (const c of fresh.candidates ?? []) {
      const el = this.counts.get(c.id);
      // A rank among candidates who all have 0 votes says nothing.
      if (el && typeof c.votes === 'number') el.textContent = c.votes > 0 ? `${c.votes} 票 · 第 ${ranks.get(c.id)} 名` : '0 票';
    }
  }

  private onChange(input: HTMLInputElement): void {
    const max = this.ballot.maxChoices;
    if (input.checked && input.type === 'checkbox' && this.chosen().length > max) {
      input.checked = false;
      this.limitNote.textContent = `每次最多选 ${max} 位，请先取消一位再选。`;
    } else {
      this.limitNote.textContent = '';
    }
    this.refreshChosen();
  }

  private refreshChosen(): void {
    const n = this.chosen().length;
    this.chosenNote.textContent = `已选 ${n} / ${this.ballot.maxChoices}`;
    this.submitButton.textContent = n > 0 ? `投票（${n} 位）` : '投票';
    this.submitButton.disabled = n === 0;
  }

  private applyFilter(): void {
    const query = this.search.value.trim().toLowerCase();
    const city = this.city.value;
    let shown = 0;
    for (const c of this.ballot.candidates ?? []) {
      const visible = (!query || c.name.toLowerCase().indexOf(query) !== -1) && (!city || c.city === city);
      this.rows.get(c.id)!.hidden = !visible;
      if (visible) shown += 1;
    }
    this.emptyNote.hidden = shown > 0;
  }

  /** weui's dialog: the chosen names once more, then 确认投票 or 取消. */
  private confirm(): void {
    const ids = this.chosen();
    if (ids.length === 0) return;
    const names = ids.map((id) => (this.ballot.candidates ?? []).find((c) => c.id === id)?.name ?? '');
    const cancel = h('button', { type: 'button', class: 'weui-dialog__btn weui-dialog__btn_default' }, '取消');
    const ok = h('button', { type: 'button', class: 'weui-dialog__btn weui-dialog__btn_primary' }, '确认投票');
    const dialog = h(
      'div',
      { class: 'confirm' },
      h('div', { class: 'weui-mask' }),
      h(
        'div',
        { class: 'weui-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'confirm-title' },
        h('div', { class: 'weui-dialog__hd' }, h('strong', { class: 'weui-dialog__title', id: 'confirm-title' }, '确认投票')),
        h('div', { class: 'weui-dialog__bd' }, h('p', {}, `你将投票给：${names.join('、')}`), h('p', {}, '提交后今天不能更改。')),
        h('div', { class: 'weui-dialog__ft' }, cancel, ok),
      ),
    );
    const close = () => {
      dialog.remove();
      this.submitButton.focus();
    };
    cancel.addEventListener('click', close);
    ok.addEventListener('click', () => {
      dialog.remove();
      this.onSubmit(ids);
    });
    document.body.appendChild(dialog);
    ok.focus();
  }
}

function uniqueSorted(values: string[]): string[] {
  const seen: Record<string, true> = {};
  const out: string[] = [];
  for (const v of values) {
    if (!seen[v]) {
      seen[v] = true;
      out.push(v);
    }
  }
  return out.sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/** Competition ranking by votes (1, 2, 2, 4). */
function rankOf(candidates: Candidate[]): Map<string, number> {
  const sorted = candidates.slice().sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0));
  const ranks = new Map<string, number>();
  sorted.forEach((c, i) => ranks.set(c.id, i > 0 && (sorted[i - 1].votes ?? 0) === (c.votes ?? 0) ? ranks.get(sorted[i - 1].id)! : i + 1));
  return ranks;
}
