/** The API's shapes as the page reads them (API.md). */

import type { Candidate, Phase } from '../shared/api-types';

export type { Candidate, Phase };

export interface Ballot {
  id: string;
  title: string;
  maxChoices: number;
  opensAt: string;
  closesAt: string;
  phase: Phase;
  showLiveCounts: boolean;
  totalVotes?: number;
  candidates?: Candidate[];
}

export interface ClientConfig {
  wechatAppId: string;
  oauthAuthorizeUrl: string;
  oauthScope: string;
  requireWechat?: boolean;
  serverTime?: string;
}

export interface VoteAccepted {
  voteId: string;
  ballotId: string;
  day: string;
  candidateIds: string[];
  castAt: string;
  nextVoteAt: string | null;
}

export interface MyVotes {
  ballotId: string;
  day: string;
  votedToday: boolean;
  nextVoteAt: string | null;
  votes: { voteId: string; day: string; candidateIds: string[]; castAt: string }[];
}
