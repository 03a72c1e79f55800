import { field, h, notice } from '../dom';

/** The sign-in form: paste the key (API.md Pages: a field named …密钥, a button named 登录). */
export function renderSignIn(signIn: (key: string) => Promise<string | null>, message: string | null): HTMLElement {
  const input = h('input', { attrs: { type: 'password', autocomplete: 'off', spellcheck: 'false', required: true } });
  const key = field('API 密钥', input, '粘贴管理员或审计员的 API 密钥（由 npm run cli -- apikey create 生成）。密钥只保存在本标签页，关闭标签页或点击“退出”即清除。');
  const submit = h('button', { attrs: { type: 'submit' }, text: '登录' });
  const form = h(
    'form',
    { className: 'card sign-in', attrs: { 'aria-labelledby': 'sign-in-title', novalidate: true } },
    h('h1', { id: 'sign-in-title', text: '评选工作台' }),
    h('p', { text: '江西省示范县、乡镇网络投票：省评选办与审计员使用。' }),
    message ? notice('warn', message) : null,
    key.row,
    submit,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const value = input.value.trim();
    if (!value) {
      key.setError('请粘贴密钥。');
      return;
    }
    key.setError(null);
    submit.disabled = true;
    void signIn(value).then((error) => {
      submit.disabled = false;
      if (error) key.setError(error);
    });
  });
  queueMicrotask(() => input.focus());
  return h('main', { className: 'sign-in-page' }, form);
}
