# The portal: a static Vite build served by nginx, which also proxies /graphql, /files and
# /health to the API so the session cookie stays first-party.
#   docker build -f docker/portal.Dockerfile -t imh-portal .
FROM node:22-bookworm-slim AS build
# argon2 compiles from source when its prebuilt binary does not load on the platform.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY apps/portal ./apps/portal
RUN npx vite build --config apps/portal/vite.config.ts

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/portal /usr/share/nginx/html
EXPOSE 8080
