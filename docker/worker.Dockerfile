# The BullMQ worker (e-mail and other background jobs). It never runs migrations.
#   docker build -f docker/worker.Dockerfile -t imh-worker .
FROM node:22-bookworm-slim AS build
# argon2 compiles from source when its prebuilt binary does not load on the platform.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY tools ./tools
COPY libs ./libs
COPY apps/api ./apps/api
COPY apps/worker ./apps/worker
RUN node tools/build-server.mjs && npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/server ./dist/server
# Uploaded files live on a volume mounted here (FILE_STORAGE_DIR); the app user must own it.
RUN mkdir -p /data/files && chown node:node /data/files
USER node
CMD ["node", "dist/server/apps/worker/src/main.js"]
