import type { ApiResult } from '../shared/api';
import { formatDateTime } from '../shared/time';

/** A plain-Chinese account of what went wrong and what the voter can do about it. */
export interface Problem {
  title: string;
  detail: string;
  /** What the button does; none when the only way forward is to wait or leave. */
  action: 'retry' | 'reload' | 'sign-in' | 'list' | null;
  /** Seconds the retry button stays disabled (429's Retry-After). */
  waitS?: number;
}

export function describeFailure(res: Exclude<ApiResult<unknown>, { ok: true }>): Problem {
  if (res.kind === 'network') {
    return { title: '网络连接中断', detail: '请检查手机网络后点“重试”。重试不会重复投票。', action: 'retry' };
  }
  const e = res.error;
  switch (e.code) {
    case 'RATE_LIMITED': {
      const wait = res.retryAfterS ?? 60;
      return { title: '操作太频繁', detail: `本次投票没有被记录，请等待 ${wait} 秒后再试。`, action: 'retry', waitS: wait };
    }
    case 'UNAVAILABLE':
      return { title: '服务繁忙', detail: '本次操作没有被记录，请稍后点“重试”。重试不会重复投票。', action: 'retry' };
    case 'ALREADY_VOTED_TODAY': {
      const next = typeof e.nextVoteAt === 'string' ? `下次可投票时间：${formatDateTime(new Date(e.nextVoteAt))}（北京时间）。` : '';
      return { title: '今日已投票', detail: `你今天已经投过票了。${next}`, action: 'reload' };
    }
    case 'BALLOT_NOT_OPEN':
      return { title: e.phase === 'upcoming' ? '投票尚未开始' : '投票已结束', detail: '现在不在投票时间内。', action: 'reload' };
    case 'INVALID_SELECTION':
      return { title: '所选候选人有误', detail: '候选人名单可能已更新，请刷新后重新选择。', action: 'reload' };
    case 'IDEMPOTENCY_KEY_REUSED':
      return { title: '请重新提交', detail: '选择已改变，请重新点“投票”。', action: 'reload' };
    case 'NOT_FOUND':
      return { title: '找不到这个投票', detail: '链接可能有误，或投票已撤下。', action: 'list' };
    case 'UNAUTHENTICATED':
    case 'WECHAT_CODE_REJECTED':
      return { title: '登录已失效', detail: '请重新登录后再投票。', action: 'sign-in' };
    case 'SNAPSHOT_USER':
      return { title: '请在微信中打开', detail: '当前是微信的预览页面，无法投票。请点右下角“使用完整服务”或在微信中重新打开链接。', action: null };
    case 'WECHAT_UNAVAILABLE':
      return { title: '微信登录暂时不可用', detail: '请稍后重试。', action: 'sign-in' };
    case 'FORBIDDEN':
      return { title: '无法投票', detail: '当前身份不能投票，请在微信中打开链接。', action: null };
    default:
      return { title: '出错了', detail: `请稍后重试（${e.statusCode}${e.code ? ` ${e.code}` : ''}）。`, action: 'reload' };
  }
}
