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
 * Routine answers (2xx, 3xx and 409, the "already voted" a retry or a script gets) are thinned at
 * peaks: `sample` < 1 writes that fraction of them, and at most `maxPerSecond` of them get a line
 * in any one second; the next line written says in `skipped` how many went without one. Other 4xx,
 * every 5xx and answers slower than `slowMs` always get their line.
 */
export interface AccessLogOptions {
  /** Fraction of routine answers written, 0..1. */
  sample: number;
  /** Routine lines per second at most (0: none). */
  maxPerSecond: number;
  slowMs: number;
  random?: () => number;
  /** Milliseconds on any steady clock; only whole seconds matter. */
  nowMs?: () => number;
}

const isRoutine = (status: number): boolean => status < 400 || status === 409;

export class AccessLogController extends LogController {
  private accessLog: FastifyBaseLogger | null = null;
  private readonly opts: Required<AccessLogOptions>;
  private second = -1;
  private writtenThisSecond = 0;
  private skipped = 0;

  constructor(opts: AccessLogOptions = { sample: 1, maxPerSecond: Infinity, slowMs: 1000 }) {
    super();
    this.opts = { random: Math.random, nowMs: () => performance.now(), ...opts };
  }

  /** Called once the app's logger exists (Fastify builds it after reading this controller). */
  attach(log: FastifyBaseLogger): void {
    this.accessLog = log.child({}, { redact: { paths: [] }, serializers: { req: serializeRequest } } as never);
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error || !this.accessLog) return super.requestCompleted(error, request, reply);
    if (isRoutine(reply.statusCode) && reply.elapsedTime < this.opts.slowMs && !this.admitRoutine()) {
      this.skipped++;
      return;
    }
    // `req` and `res` go through Fastify's serializers: method, url, host, remoteAddress, remotePort
    // and statusCode, as Fastify's own two lines had them.
    const clientId = clientRequestId(request.raw);
    const skipped = this.skipped;
    this.skipped = 0;
    this.accessLog.info(
      {
        reqId: request.id,
        ...(clientId === undefined ? {} : { clientRequestId: clientId }),
        req: request,
        res: reply,
        responseTime: reply.elapsedTime,
        ...(skipped > 0 ? { skipped } : {}),
      },
      'request completed',
    );
  }

  /** Whether a routine answer gets its line: sampled, then within this second's budget. */
  private admitRoutine(): boolean {
    const { sample, maxPerSecond } = this.opts;
    if (sample < 1 && !(this.opts.random() < sample)) return false;
    if (maxPerSecond === Infinity) return true;
    const second = Math.floor(this.opts.nowMs() / 1000);
    if (second !== this.second) {
      this.second = second;
      this.writtenThisSecond = 0;
    }
    if (this.writtenThisSecond >= maxPerSecond) return false;
    this.writtenThisSecond++;
    return true;
  }
}
