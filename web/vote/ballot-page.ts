import { apiFetch, type ApiResult } from '../shared/api';
import { h, render } from '../shared/dom';
import { formatDateTime, formatSpan } from '../shared/time';
import { serverNow } from './clock';
import { describeFailure } from './messages';
import { outcomePanel, problemPanel, type ProblemHandlers } from './panels';
import { newIdempotencyKey, session, type Attempt } from './session';
import { CandidatePicker } from './candidate-picker';
import type { Ballot, MyVotes, VoteAccepted } from './types';

/** Live counts are refreshed this often, only while the page is on screen. */
const POLL_MS = 15_000;

export const PHASE_WORDS: Record<Ballot['phase'], string> = {
  draft: '未发布',
  upcoming: '未开始',
  open: '投票中',
  closed: '已结束',
  finalized: '已结束',
};

export interface BallotPageDeps {
  root: HTMLElement;
  /** Signs in through WeChat (leaves the page). */
  signIn(): void;
  /** Back to the list of ballots. */
  showList(): void;
  /** This page load came back from WeChat sign-in: never leave for it again on our own. */
  justSignedIn: boolean;
}

/** The ballot: its facts, then whatever the voter can do now (vote, or see today's vote). */
export async function showBallot(deps: BallotPageDeps, ballotId: string): Promise<void> {
  const { root } = deps;
  const stops: (() => void)[] = [];
  const stopAll = () => stops.splice(0).forEach((stop) => stop());
  const reload = () => {
    stopAll();
    void showBallot(deps, ballotId);
  };
  const handlers: ProblemHandlers = { reload, signIn: deps.signIn, list: deps.showList };

  const res = await apiFetch<Ballot>(`/v1/ballots/${encodeURIComponent(ballotId)}`);
  if (!res.ok) {
    // A malformed id in a shared link (400) is, to the voter, a ballot that is not there.
    const failure = res.kind === 'http' && res.status === 400 ? { ...res, error: { ...res.error, code: 'NOT_FOUND' } } : res;
    render(root, problemPanel(describeFailure(failure), { ...handlers, retry: reload }));
    return;
  }
  const ballot = res.body;
  const candidates = ballot.candidates ?? [];
  const nameOf = new Map(candidates.map((c) => [c.id, c.name]));
  const names = (ids: string[]) => ids.map((id) => nameOf.get(id) ?? '（已移除的候选人）');

  const countdown = h('p', { class: 'countdown' });
  const total = h('p', { class: 'total' });
  const showTotal = (b: Ballot) => {
    total.hidden = !(b.showLiveCounts && typeof b.totalVotes === 'number');
    total.textContent = `累计 ${b.totalVotes ?? 0} 票`;
  };
  showTotal(ballot);
  /** Fresh counts after our own vote, so the voter sees it counted. */
  const refreshTotal = () =>
    void apiFetch<Ballot>(`/v1/ballots/${encodeURIComponent(ballot.id)}`).then((r) => {
      if (r.ok) showTotal(r.body);
    });
  const area = h('div', { class: 'vote-area' });
  render(
    root,
    h(
      'header',
      { class: 'ballot-head' },
      h('h1', { class: 'ballot-title' }, ballot.title),
      h('p', { class: 'ballot-meta' }, h('span', { class: `phase phase-${ballot.phase}` }, PHASE_WORDS[ballot.phase]), ' ', windowText(ballot)),
      countdown,
      h('p', { class: 'rules' }, `每天可投一次，每次最多选 ${ballot.maxChoices} 位`),
      total,
    ),
    area,
  );
  stops.push(startCountdown(ballot, countdown, reload));

  if (ballot.phase !== 'open') {
    const picker = new CandidatePicker(ballot, { readOnly: true });
    render(area, picker.element);
    return;
  }

  const signInFailed = () =>
    render(area, problemPanel({ title: '登录失败', detail: '多次登录未成功，请关闭页面后从公众号重新打开，或点下方按钮再试一次。', action: 'sign-in' }, handlers));
  const token = session.token(serverNow());
  if (!token) {
    if (deps.justSignedIn) signInFailed();
    else deps.signIn();
    return;
  }

  /** A 401 sends the voter through sign-in once; a second 401 in a row asks before trying again. */
  const unauthorized = () => {
    session.dropToken();
    if (!session.reauthTried()) {
      session.setReauthTried(true);
      deps.signIn();
      return;
    }
    signInFailed();
  };
  const fail = (failure: Exclude<ApiResult<unknown>, { ok: true }>, retry: () => void) => {
    if (failure.kind === 'http' && failure.status === 401) return unauthorized();
    render(area, problemPanel(describeFailure(failure), { ...handlers, retry }));
  };

  const showVotedToday = (me: MyVotes) => {
    const today = me.votes.filter((v) => v.day === me.day).pop();
    render(area, outcomePanel({ title: '今日已投票', icon: 'info', names: names(today?.candidateIds ?? []), castAt: today?.castAt, nextVoteAt: me.nextVoteAt }));
  };

  const loadMine = async () => {
    const me = await apiFetch<MyVotes>(`/v1/ballots/${encodeURIComponent(ballot.id)}/votes/me`, { token });
    if (!me.ok) return fail(me, () => void loadMine());
    session.setReauthTried(false);
    if (me.body.votedToday) return showVotedToday(me.body);
    showForm();
  };

  let stopPolling = () => {};
  stops.push(() => stopPolling());

  const submit = async (attempt: Attempt) => {
    stopPolling();
    render(area, h('div', { class: 'busy', role: 'status' }, h('i', { class: 'weui-loading', 'aria-hidden': 'true' }), ' 正在提交…'));
    const sent = await apiFetch<VoteAccepted>(`/v1/ballots/${encodeURIComponent(ballot.id)}/votes`, {
      method: 'POST',
      token,
      body: { candidateIds: attempt.candidateIds },
      headers: { 'Idempotency-Key': attempt.key },
    });
    if (sent.ok) {
      session.saveAttempt(ballot.id, null);
      session.setReauthTried(false);
      render(area, outcomePanel({ title: '投票成功', icon: 'success', names: names(sent.body.candidateIds), castAt: sent.body.castAt, nextVoteAt: sent.body.nextVoteAt }));
      if (ballot.showLiveCounts) refreshTotal();
      return;
    }
    // Unknown outcome (no answer) or nothing recorded (429, 503): the retry sends the same key,
    // so the service answers the first vote again if it did land. Anything else ends the attempt.
    const retriable = sent.kind === 'network' || sent.status === 429 || sent.status === 503 || sent.status === 401;
    if (!retriable) session.saveAttempt(ballot.id, null);
    if (sent.kind === 'http' && sent.error.code === 'ALREADY_VOTED_TODAY') return void loadMine();
    fail(sent, () => void submit(attempt));
  };

  const showForm = () => {
    const picker = new CandidatePicker(ballot, { readOnly: false, preselected: session.attempt(ballot.id)?.candidateIds ?? [] });
    picker.onSubmit = (chosen) => {
      const previous = session.attempt(ballot.id);
      // Same choice as an unfinished attempt: the same key, so a lost answer never becomes two votes.
      const attempt = previous && sameSet(previous.candidateIds, chosen) ? previous : { key: newIdempotencyKey(), candidateIds: chosen };
      session.saveAttempt(ballot.id, attempt);
      void submit(attempt);
    };
    render(area, picker.element);
    if (ballot.showLiveCounts) {
      stopPolling = pollCounts(ballot.id, (fresh) => {
        picker.updateCounts(fresh);
        showTotal(fresh);
      });
    }
  };

  await loadMine();
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id) => b.indexOf(id) !== -1);
}

function windowText(b: Ballot): string {
  return `${formatDateTime(new Date(b.opensAt))} 至 ${formatDateTime(new Date(b.closesAt))}（北京时间）`;
}

/** Counts down to the next change of phase and reloads the ballot when it comes. */
function startCountdown(b: Ballot, el: HTMLElement, onPhaseChange: () => void): () => void {
  const target = b.phase === 'upcoming' ? Date.parse(b.opensAt) : b.phase === 'open' ? Date.parse(b.closesAt) : NaN;
  const label = b.phase === 'upcoming' ? '距开始' : '距结束';
  if (Number.isNaN(target)) {
    el.hidden = true;
    return () => {};
  }
  const tick = () => {
    const left = target - serverNow();
    el.textContent = `${label}：${formatSpan(left)}`;
    if (left <= 0) {
      window.clearInterval(timer);
      onPhaseChange();
    }
  };
  const timer = window.setInterval(tick, 1000);
  tick();
  return () => window.clearInterval(timer);
}

/**
 * Refreshes live counts every POLL_MS while the page is visible; a background tab asks nothing
 * and catches up as soon as it is shown again.
 */
function pollCounts(ballotId: string, apply: (b: Ballot) => void): () => void {
  let timer: number | undefined;
  let lastAt = Date.now();
  const fetchNow = async () => {
    lastAt = Date.now();
    const res = await apiFetch<Ballot>(`/v1/ballots/${encodeURIComponent(ballotId)}`);
    if (res.ok) apply(res.body);
  };
  const schedule = () => {
    window.clearTimeout(timer);
    if (document.visibilityState !== 'visible') return;
    timer = window.setTimeout(() => void fetchNow().then(schedule), Math.max(0, POLL_MS - (Date.now() - lastAt)));
  };
  const onVisibility = () => schedule();
  document.addEventListener('visibilitychange', onVisibility);
  schedule();
  return () => {
    window.clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
