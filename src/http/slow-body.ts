import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Node's requestTimeout stops applying once the headers are in: a client trickling its body a byte
 * at a time would hold the connection (and the request) forever. This cuts it at the same limit.
 * Requests whose body has already arrived (nearly all: a vote fits in one packet) cost nothing.
 */
export function cutOffSlowBody(request: FastifyRequest, reply: FastifyReply, timeoutMs: number): void {
  const raw = request.raw;
  const hasBody = raw.headers['transfer-encoding'] !== undefined || (raw.headers['content-length'] ?? '0') !== '0';
  if (!hasBody || raw.complete !== false) return;
  const timer = setTimeout(() => {
    if (!raw.complete) raw.socket?.destroy();
  }, timeoutMs);
  timer.unref();
  const clear = () => clearTimeout(timer);
  raw.once('end', clear);
  raw.once('close', clear);
  reply.raw.once('finish', clear);
}
