import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { unstorableStringPath } from './text-safety';

/**
 * fastify-type-provider-zod's validator, except for headers. There it would hand Fastify a parsed
 * copy of every header, which Fastify keeps beside the raw ones and merges with them
 * (Object.assign) on every later read of `request.headers`: three copies of fifteen-odd headers per
 * vote. Header schemas here are loose objects (undeclared headers pass), so only the keys a schema
 * declares are checked, and the raw headers stay as they are unless the schema changed a value.
 */
export const appValidatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  const validate = zodValidator(route);
  // Body, query and path parameters: a NUL or a lone surrogate anywhere is refused before the schema.
  if (route.httpPart === 'headers') return validate;
  return (data: unknown) => {
    const bad = unstorableStringPath(data);
    if (bad !== null) {
      const message = 'must not contain NUL characters or unpaired UTF-16 surrogates';
      return { error: [{ keyword: 'text', instancePath: bad, schemaPath: '', params: {}, message }] };
    }
    return validate(data);
  };
};

const zodValidator: FastifySchemaCompiler<z.ZodType> = (route) => {
  const { schema, httpPart } = route;
  if (httpPart !== 'headers' || !(schema instanceof z.ZodObject)) return validatorCompiler(route);
  const keys = Object.keys(schema.shape);
  const declared = validatorCompiler({ ...route, schema: z.object(schema.shape) });
  return (headers: Record<string, unknown>) => {
    const picked: Record<string, unknown> = {};
    for (const key of keys) if (headers[key] !== undefined) picked[key] = headers[key];
    const result = declared(picked) as { error?: FastifySchemaValidationError[]; value?: Record<string, unknown> };
    if (result.error !== undefined || result.value === undefined) return result;
    for (const key of keys) if (result.value[key] !== picked[key]) return { value: { ...headers, ...result.value } };
    return true;
  };
};
