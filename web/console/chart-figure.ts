import { h } from './dom';

/** The colour of a flag's shaded window; opaque so tests can find it in the canvas. */
export const WINDOW_SHADE = '#fde2b3';

/** A chart box with its caption, so the figure has a text description beside the canvas. */
export function chartFigure(caption: string, className = 'chart'): { figure: HTMLElement; box: HTMLElement } {
  const box = h('div', { className, attrs: { role: 'img', 'aria-label': caption } });
  return { box, figure: h('figure', { className: 'chart-figure' }, box, h('figcaption', { text: caption })) };
}
