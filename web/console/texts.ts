import type { ApiError } from './api';
import type { Phase } from './types';

/** Words for what the API says in codes. */

export const PHASE: Record<Phase, string> = {
  draft: '草稿',
  upcoming: '已发布，未开始',
  open: '投票中',
  closed: '已截止，待定稿',
  finalized: '已定稿',
};

export const CATEGORY: Record<string, string> = { county: '县（市、区）', township: '乡镇（街道）' };

export const FLAG_STATUS: Record<string, string> = { active: '待审核', confirmed: '已确认刷票', dismissed: '已驳回' };

export const SEVERITY: Record<string, string> = { low: '低', medium: '中', high: '高' };

export const RULE: Record<string, string> = {
  burst: '自动检测：异常激增',
  'machine-timing': '自动检测：机器般的投票节律',
  'device-reuse': '自动检测：同一设备标识服务大量新账号',
  cohort: '自动检测：固定账号群逐日同步投票',
  'round-the-clock': '自动检测：深夜与白天同一节奏的额外票',
  'account-pool': '自动检测：账号池在固定几位候选人间轮换投票',
  'forged-clients': '自动检测：大量账号使用真实手机不会发出的设备标识（云手机/模拟器）',
  'phone-hopping': '自动检测：大量账号在三部以上不同手机上投票（每次伪造新设备）',
  'steady-pace': '自动检测：全天票流几乎没有长间隔（程序匀速投票混在正常票中）',
  manual: '人工标记',
};

export const ROLE: Record<string, string> = { admin: '省评选办（管理员）', auditor: '审计员' };

/** What each known evidence signal measures; unknown ones are shown by name. */
export const SIGNAL: Record<string, { label: string; measures: string }> = {
  topIpShare: { label: '集中 IP', measures: '激增中票数最多的几个 IP 地址所占比例' },
  topPrefixShare: { label: '集中网段', measures: '票数最多的几个网段（IPv4 /24、IPv6 /64）所占比例' },
  nonWeChatShare: { label: '非微信客户端', measures: '不是从微信内置浏览器投出的票所占比例' },
  topUserAgentShare: { label: '集中设备标识', measures: '最常见的几个浏览器标识（User-Agent）所占比例' },
  topDeviceFamilyShare: { label: '集中机型', measures: '最常见的几个设备型号所占比例' },
  regularTimingShare: { label: '机器般规律的间隔', measures: '投票时间间隔像定时程序一样均匀的票所占比例' },
  synchronizedShare: { label: '同一分钟集中到达', measures: '在同一个 60 秒内到达的票所占比例' },
  newAccountShare: { label: '新账号', measures: '在本投票中第一次投票的账号所占比例' },
  nightShare: { label: '深夜投票', measures: '北京时间 0:00–6:00 投出的票所占比例' },
  machinePart: { label: '机器节律的部分', measures: '按设备标识、IP、网段拆分后，呈现定时程序节律（等间隔或固定秒位）的那部分票所占比例' },
  deviceReuse: { label: '设备标识复用', measures: '同一设备标识（User-Agent）为本候选人带来的新账号中，超出它在整个投票中常见程度的部分所占比例' },
  lockstepShare: { label: '每天同一时刻', measures: '多天在同一分钟投票的账号（同步群组）所占比例' },
};

export const SIGNAL_GROUP: Record<string, string> = {
  network: '网络',
  device: '设备',
  timing: '时间规律',
  account: '账号',
  timeOfDay: '时段',
  cohort: '群组',
};

/** An API error in words: the known codes explained, anything else with its message. */
export function explain(err: ApiError): string {
  switch (err.code) {
    case 'NOT_DIFFERENTIAL':
      return '不能发布：差额投票要求候选人数多于名额数。请再添加候选人，或减少名额。';
    case 'INVALID_WINDOW':
      return '不能发布：投票时间段已经结束。请新建一个开始时间在今后的投票。';
    case 'INVALID_STATE':
      return `当前状态不允许此操作（例如投票已发布后不能再修改候选人，定稿后不能再审核）。服务说明：${err.message}`;
    case 'BALLOT_NOT_CLOSED':
      return '投票尚未截止，截止后才能定稿。';
    case 'UNREVIEWED_FLAGS':
      return '还有待审核的刷票疑点。请先由审计员审核，或填写理由强制定稿（审计日志会记录）。';
    case 'FORBIDDEN':
      return `您的角色无权执行此操作。${err.message ? `（${err.message}）` : ''}`;
    case 'UNAUTHENTICATED':
      return '密钥无效、已过期或已被吊销。';
    case 'NOT_FOUND':
      return '找不到该对象（可能已被删除）。';
    case 'VALIDATION_FAILED':
      return `输入有误：${err.message}`;
    case 'RATE_LIMITED':
      return '请求过于频繁，请稍后再试。';
    case 'UNAVAILABLE':
      return '服务暂时不可用，什么也没有记录，可以稍后重试。';
    case 'PAYLOAD_TOO_LARGE':
      return '一次提交的内容过大，请分批导入。';
    default:
      return err.message || `请求失败（${err.status}）`;
  }
}
