import { LogController, type FastifyBaseLogger, type FastifyReply, type FastifyRequest } from 'fastify';
import { clientRequestId } from './request-id';
import { redactUrl } from './url-redact';

/** Fastify's request serializer, with credentials in the URL redacted (url-redact.ts). */
function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.clientIp,
    remotePort: request.socket?.remotePort,
  };
}

/**
 * One access line per request, written when the answer has gone out, instead of Fastify's two
 * ("incoming request" and "request completed"): at thousands of votes a second the first line is
 * pure cost and says nothing the second does not.
 *
 * The line's fields are fixed scalars (never headers or bodies: Fastify's serializers pick them), so
 * it goes through a child logger without the redaction pass every other line gets: with
 * LOG_REDACT's wildcards that pass cost as much as writing the line. Errored requests and stream
 * errors keep Fastify's own lines.
 *
 * `sample` < 1 writes that fraction of the 2xx/3xx lines (a line per vote at thousands a second is
 * mostly volume); answers of 400 and above, and answers slower than `slowMs`, are always written.
 */
export interface AccessLogOptions {
  /** Fraction of fast 2xx/3xx answers written, 0..1. */
  sample: number;
  slowMs: number;
  random?: () => number;
}

export class AccessLogController extends LogController {
  private accessLog: FastifyBaseLogger | null = null;
  private readonly sample: number;
  private readonly slowMs: number;
  private readonly random: () => number;

  constructor(opts: AccessLogOptions = { sample: 1, slowMs: 1000 }) {
    super();
    this.sample = opts.sample;
    this.slowMs = opts.slowMs;
    this.random = opts.random ?? Math.random;
  }

  /** Called once the app's logger exists (Fastify builds it after reading this controller). */
  attach(log: FastifyBaseLogger): void {
    this.accessLog = log.child({}, { redact: { paths: [] }, serializers: { req: serializeRequest } } as never);
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error || !this.accessLog) return super.requestCompleted(error, request, reply);
    if (this.sample < 1 && reply.statusCode < 400 && reply.elapsedTime < this.slowMs && !(this.random() < this.sample)) return;
    // `req` and `res` go through Fastify's serializers: method, url, host, remoteAddress, remotePort
    // and statusCode, as Fastify's own two lines had them.
    const clientId = clientRequestId(request.raw);
    this.accessLog.info(
      { reqId: request.id, ...(clientId === undefined ? {} : { clientRequestId: clientId }), req: request, res: reply, responseTime: reply.elapsedTime },
      'request completed',
    );
  }
}
