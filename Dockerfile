# syntax=docker/dockerfile:1

# --- build: compile TypeScript and build the pages (dist/web) with the full dependency set ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json vite.config.mts ./
COPY src ./src
COPY web ./web
RUN npm run build

# --- production dependencies only ---
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime: non-root, compiled code, migrations, production dependencies ---
FROM node:20-bookworm-slim AS runtime
# MALLOC_MMAP_THRESHOLD_: glibc's allocator, read at process start (src/allocator-env.ts says why).
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    MALLOC_MMAP_THRESHOLD_=131072
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node migrations ./migrations
COPY --chown=node:node package.json ./
USER node
EXPOSE 3000
# /health answers while the process runs; orchestrators use /ready for traffic.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The service applies pending migrations at start (MIGRATE_ON_START, default on; safe with several replicas).
# The CLI in the image: docker compose exec api node dist/cli/main.js <command>
CMD ["node", "--enable-source-maps", "dist/server.js"]
