# The GraphQL API. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t imh-api .
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
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/server ./dist/server
# Uploaded files live on a volume mounted here (FILE_STORAGE_DIR); the app user must own it.
RUN mkdir -p /data/files && chown node:node /data/files
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/server/apps/api/src/main.js"]
