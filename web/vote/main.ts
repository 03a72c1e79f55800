import 'weui/dist/style/weui.min.css';
import './vote.css';

const app = document.getElementById('app');
if (app) {
  const h = document.createElement('h1');
  h.textContent = '网上投票';
  app.replaceChildren(h);
}
