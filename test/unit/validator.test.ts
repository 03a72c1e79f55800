import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appValidatorCompiler } from '../../src/http/validator';

/**
 * Headers are checked against only the keys their schema declares and left in place; every other
 * part, and every refusal, is exactly fastify-type-provider-zod's.
 */
const route = (schema: z.ZodType, httpPart: string) => ({ schema, httpPart, method: 'POST', url: '/x' });
const headersSchema = z.object({ 'idempotency-key': z.string().min(1).max(255).optional() }).loose();
const ours = appValidatorCompiler(route(headersSchema, 'headers')) as (data: unknown) => unknown;
const library = validatorCompiler(route(headersSchema, 'headers')) as (data: unknown) => { error?: unknown; value?: unknown };
const raw = { host: 'x', 'user-agent': 'MicroMessenger', 'content-type': 'application/json' };

describe('the app validator compiler', () => {
  it('passes valid headers without replacing them', () => {
    expect(ours(raw)).toBe(true);
    expect(ours({ ...raw, 'idempotency-key': 'k-1' })).toBe(true);
  });

  it.each([
    ['an empty key', ''],
    ['a key over 255 characters', 'k'.repeat(256)],
    ['a repeated key joined into an array', ['a', 'b']],
  ])('refuses %s with the library’s own error', (_name, key) => {
    const headers = { ...raw, 'idempotency-key': key };
    const expected = library(headers);
    expect(expected.error).toBeDefined();
    expect(ours(headers)).toEqual(expected);
  });

  it('hands back merged headers when the schema changes a value', () => {
    const trimming = appValidatorCompiler(route(z.object({ 'x-n': z.string().transform((s) => s.trim()) }).loose(), 'headers')) as (d: unknown) => unknown;
    expect(trimming({ ...raw, 'x-n': ' 7 ' })).toEqual({ value: { ...raw, 'x-n': '7' } });
    expect(trimming({ ...raw, 'x-n': '7' })).toBe(true);
  });

  it('leaves bodies, params and querystrings to the library', () => {
    const body = z.object({ candidateIds: z.array(z.string()) });
    const check = appValidatorCompiler(route(body, 'body')) as (d: unknown) => unknown;
    expect(check({ candidateIds: ['a'], extra: 1 })).toEqual({ value: { candidateIds: ['a'] } });
    expect(check({ candidateIds: 'a' })).toEqual((validatorCompiler(route(body, 'body')) as (d: unknown) => unknown)({ candidateIds: 'a' }));
  });
});
