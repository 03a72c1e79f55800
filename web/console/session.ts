/**
 * The signed-in key, kept in sessionStorage only: it leaves with 退出 or when the tab closes, and
 * is never put in a URL or written to the console.
 */

export type Role = 'admin' | 'auditor';

export interface Session {
  key: string;
  role: Role;
  label: string;
}

const STORAGE_KEY = 'console.session';

export function loadSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Partial<Session>;
    if (typeof s.key === 'string' && (s.role === 'admin' || s.role === 'auditor') && typeof s.label === 'string') {
      return { key: s.key, role: s.role, label: s.label };
    }
  } catch {
    // A damaged entry is the same as none.
  }
  sessionStorage.removeItem(STORAGE_KEY);
  return null;
}

export function saveSession(s: Session): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(s));
}

export function clearSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
