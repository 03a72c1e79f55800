import { z } from 'zod';

/** Shared edge schemas. */

/** Any ISO 8601 instant with an offset (`Z` or `+08:00`); normalized to UTC on output. */
export const isoInstant = z.iso.datetime({ offset: true }).describe('ISO 8601 instant with offset');

/** Lower-cased once validated: every case variant of an id is one cache key and one query. */
export const uuid = z.uuid().overwrite((id) => id.toLowerCase());

export const ballotIdParams = z.object({ ballotId: uuid });

/** API.md's error body, for response schemas. */
export const errorResponse = z
  .object({ statusCode: z.number(), code: z.string(), message: z.string(), requestId: z.string() })
  .loose();
