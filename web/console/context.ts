import type { Endpoints } from './api';
import type { Session } from './session';

/** What every view is given. */
export interface ViewContext {
  api: Endpoints;
  session: Session;
  /** The element the view fills. */
  main: HTMLElement;
  navigate(hash: string): void;
  /** Draws the current view again (after a change). */
  refresh(): void;
  /** Views register timers and charts here; they are stopped when the view is left. */
  onLeave(cleanup: () => void): void;
  /** True while this view is still the one on screen (async work checks it before drawing). */
  current(): boolean;
}
