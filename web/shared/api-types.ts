/** API shapes both pages read (docs/api.md); each page adds the rest it needs in its own types.ts. */

export type Phase = 'draft' | 'upcoming' | 'open' | 'closed' | 'finalized';

export interface Candidate {
  id: string;
  name: string;
  city: string;
  county: string | null;
  summary: string | null;
  votes?: number;
}
