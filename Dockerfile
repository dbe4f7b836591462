# The IMMD API (and the console it serves when built) as one image. Build: `docker build -t immd .`
# Run with PostgreSQL and Redis: see compose.yaml and docs/deploy.md. Without DATABASE_URL the
# container uses the embedded SQLite file under /data (mount a volume there).
FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles from source (no prebuilt binary is downloaded).
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
RUN npm install -g pnpm@10.34.9
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile
RUN pnpm exec turbo run build --filter=@immd/api... --filter=@immd/console
# Keep only what the server needs at run time, plus the built console (with its trusted-documents
# manifest, dist/persisted-documents.json, which IMMD_TRUSTED_DOCUMENTS_ONLY=true relies on).
RUN pnpm --filter @immd/api deploy --prod --legacy /out \
  && cp -r packages/console/dist /out/console

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=4000 DATABASE_URL=file:/data/immd.db IMMD_CONSOLE_DIR=/app/console
WORKDIR /app
COPY --from=build /out /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=6 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/server.js"]
