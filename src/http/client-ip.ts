import { isIP } from 'node:net';
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The client's address: Fastify's `ip` (X-Forwarded-For as far as TRUST_PROXY allows) when it
     * is an IP address, else the socket's peer. What a trusted proxy passes on unchecked
     * (`<script>`, 15 kB of text) never becomes a rate-limit key or a vote's `ip`.
     */
    readonly clientIp: string;
  }
}

export function clientIpOf(request: FastifyRequest): string {
  const ip = request.ip;
  if (typeof ip === 'string' && isIP(ip) !== 0) return ip;
  return request.socket?.remoteAddress ?? 'unknown';
}

export const clientIpPlugin = fp(
  async (app) => {
    app.decorateRequest('clientIp', {
      getter(this: FastifyRequest) {
        return clientIpOf(this);
      },
    });
  },
  { name: 'client-ip' },
);
