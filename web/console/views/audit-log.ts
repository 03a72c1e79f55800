import type { ViewContext } from '../context';
import { button, fill, h, notice, table } from '../dom';
import { num, shanghai } from '../format';
import type { AuditEntry } from '../types';
import { text } from './evidence';

const ACTIONS: Record<string, string> = {
  'ballot.created': '创建投票',
  'ballot.published': '发布投票',
  'ballot.finalized': '定稿',
  'candidates.added': '添加候选人',
  'candidate.removed': '删除候选人',
  'flag.raised': '提出疑点',
  'flag.reviewed': '审核疑点',
  'apikey.created': '创建密钥',
  'apikey.revoked': '吊销密钥',
};

/** The hash-chained audit log, with the chain's verification on top (a broken chain loudly). */
export async function renderAuditLog(ctx: ViewContext, ballotId: string | null): Promise<void> {
  fill(ctx.main, h('h1', { text: '审计日志' }), h('p', { className: 'muted', text: '正在验证哈希链…' }));
  const [verify, first] = await Promise.all([ctx.api.verifyAuditLog(), ctx.api.auditLog(ballotId, null)]);
  if (!ctx.current()) return;

  const banner = verify.ok
    ? h('div', { className: 'notice notice-ok verify', attrs: { role: 'status' } }, h('strong', { text: '✔ 审计日志哈希链完整' }), `：已逐条重新计算全部 ${num(verify.entries)} 条记录的哈希，均与记录一致。`)
    : h(
        'div',
        { className: 'notice verify verify-broken', attrs: { role: 'alert' } },
        h('strong', { text: `✖ 审计日志哈希链已损坏：从第 ${verify.firstBadSeq} 条起哈希不符` }),
        h('p', { text: '该条及之后的记录可能被篡改或删除，不能作为依据。请立即停止依据这些记录作出决定，并通知系统管理员和纪检部门。' }),
      );

  const entries: AuditEntry[] = [...first.entries];
  const tbodyHolder = h('div');
  const more = button('加载更多', () => {
    const last = entries[entries.length - 1]?.seq ?? null;
    void ctx.api.auditLog(ballotId, last).then(({ entries: next }) => {
      entries.push(...next);
      draw(next.length);
    });
  }, 'secondary');
  const badFrom = verify.ok ? Infinity : verify.firstBadSeq;
  const draw = (lastPage: number) => {
    fill(
      tbodyHolder,
      entries.length === 0
        ? notice('info', '没有记录。')
        : table(
            ['序号', '时间（北京时间）', '操作者', '操作', '对象', '详情', '哈希'],
            entries.map((e) => [
              e.seq >= badFrom ? h('span', { className: 'bad-seq', text: `⚠ ${e.seq}`, attrs: { title: '哈希链从这条起不符' } }) : String(e.seq),
              shanghai(e.at, true),
              e.actor,
              h('span', { attrs: { title: e.action }, text: ACTIONS[e.action] ?? e.action }),
              h('code', { text: e.subject }),
              h('ul', { className: 'details' }, ...Object.entries(e.details).map(([k, v]) => h('li', null, h('span', { className: 'muted', text: `${k}: ` }), text(v)))),
              h('code', { className: 'hash', attrs: { title: e.hash }, text: e.hash.slice(0, 12) }),
            ]),
            ballotId ? `该投票的记录（${entries.length} 条）` : `全部记录（已显示 ${entries.length} 条）`,
          ),
      lastPage >= 200 ? more : null,
    );
  };
  fill(
    ctx.main,
    h('h1', { text: '审计日志' }),
    banner,
    h('p', { className: 'muted', text: '每一次创建、发布、添加候选人、提出和审核疑点、定稿都按顺序记录；每条记录的哈希包含上一条的哈希，任何改动都会使验证失败。' }),
    ballotId ? h('p', null, h('a', { attrs: { href: '#/audit' }, text: '查看全部记录' })) : null,
    tbodyHolder,
  );
  draw(first.entries.length);
}
