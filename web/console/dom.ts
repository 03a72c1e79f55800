/**
 * A small element builder. Every string child becomes a text node, and there is no way to pass
 * HTML: API data (a candidate name, a note) always stays text.
 */

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  id?: string;
  /** Attributes set with setAttribute (aria-*, for, type, name, …). `style` and `on*` are refused. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (ev: HTMLElementEventMap[K]) => void }>;
  text?: string;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    if (props.className) el.className = props.className;
    if (props.id) el.id = props.id;
    for (const [name, value] of Object.entries(props.attrs ?? {})) {
      if (name === 'style' || /^on/i.test(name)) throw new Error(`attribute ${name} is not allowed`);
      if (value === null || value === undefined || value === false) continue;
      el.setAttribute(name, value === true ? '' : String(value));
    }
    for (const [type, listener] of Object.entries(props.on ?? {})) el.addEventListener(type, listener as EventListener);
    if (props.text !== undefined) el.textContent = props.text;
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces an element's content with `children`. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

let idCounter = 0;
export const uniqueId = (prefix: string) => `${prefix}-${++idCounter}`;

/** A labelled form field with a slot for its own error message under it. */
export interface Field<T extends HTMLElement> {
  row: HTMLElement;
  input: T;
  setError(message: string | null): void;
}

export function field<T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(label: string, input: T, hint?: string): Field<T> {
  const id = input.id || uniqueId('f');
  input.id = id;
  const errorId = `${id}-error`;
  const error = h('p', { className: 'field-error', id: errorId, attrs: { 'aria-live': 'polite' } });
  const hintEl = hint ? h('p', { className: 'field-hint', id: `${id}-hint`, text: hint }) : null;
  if (hintEl) input.setAttribute('aria-describedby', `${id}-hint ${errorId}`);
  else input.setAttribute('aria-describedby', errorId);
  const row = h('div', { className: 'field' }, h('label', { attrs: { for: id }, text: label }), input, hintEl, error);
  return {
    row,
    input,
    setError(message) {
      error.textContent = message ?? '';
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    },
  };
}

export function button(label: string, onClick: (ev: MouseEvent) => void, className = ''): HTMLButtonElement {
  return h('button', { className, attrs: { type: 'button' }, on: { click: onClick }, text: label });
}

/** A message area: status text, or an alert for errors. */
export function notice(kind: 'info' | 'ok' | 'error' | 'warn', ...children: Child[]): HTMLElement {
  return h('div', { className: `notice notice-${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } }, ...children);
}

/** A table from header labels and rows of cells. */
export function table(headers: string[], rows: Child[][], caption?: string): HTMLTableElement {
  return h(
    'table',
    null,
    caption ? h('caption', { text: caption }) : null,
    h('thead', null, h('tr', null, ...headers.map((x) => h('th', { attrs: { scope: 'col' }, text: x })))),
    h('tbody', null, ...rows.map((r) => h('tr', null, ...r.map((c) => (c instanceof HTMLTableCellElement ? c : h('td', null, c)))))),
  );
}
