/**
 * The audit-image retention job (issue #23, item 10): audit rows keep their before/after images
 * as written for `IMMD_AUDIT_IMAGE_RETENTION_DAYS` days (default 365); after that the job reduces
 * them to {@link reduceAuditImage}'s form (personal and free-form text replaced by its SHA-256),
 * keeping who did what and when. The server runs it at start and every
 * `IMMD_AUDIT_RETENTION_INTERVAL_HOURS` hours (default 24); each run is one audit row
 * (`audit.images-reduce`, with the count). `IMMD_AUDIT_IMAGE_RETENTION_DAYS=off` disables it.
 *
 * @packageDocumentation
 */
import { type ReduceAuditImagesResult, reduceAuditImages } from '@immd/db/audit-retention'
import { reduceAuditImage } from './audit-redaction.js'
import type { ApiDatabase } from './database.js'

/** The retention period unless configured. */
export const DEFAULT_AUDIT_IMAGE_RETENTION_DAYS = 365
const DEFAULT_INTERVAL_HOURS = 24
const DAY_MS = 24 * 60 * 60 * 1000

/** How the job runs; null retention: disabled. */
export interface AuditRetentionSettings {
  retentionDays: number | null
  intervalMs: number
}

function readPositive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number, not "${raw}"`)
  }
  return value
}

/** Reads `IMMD_AUDIT_IMAGE_RETENTION_DAYS` and `IMMD_AUDIT_RETENTION_INTERVAL_HOURS`. */
export function readAuditRetentionEnv(
  env: NodeJS.ProcessEnv = process.env,
): AuditRetentionSettings {
  const off = env.IMMD_AUDIT_IMAGE_RETENTION_DAYS?.trim().toLowerCase() === 'off'
  return {
    retentionDays: off
      ? null
      : readPositive(env, 'IMMD_AUDIT_IMAGE_RETENTION_DAYS', DEFAULT_AUDIT_IMAGE_RETENTION_DAYS),
    intervalMs:
      readPositive(env, 'IMMD_AUDIT_RETENTION_INTERVAL_HOURS', DEFAULT_INTERVAL_HOURS) * 3_600_000,
  }
}

/** Options of {@link runAuditRetention}. */
export interface RunAuditRetentionOptions {
  retentionDays: number
  /** The current instant (default now); rows older than `retentionDays` before it are reduced. */
  now?: Date
  batchSize?: number
}

/** Reduces the images of the audit rows older than the retention period; records one audit row. */
export function runAuditRetention(
  db: Pick<ApiDatabase, 'prisma'>,
  options: RunAuditRetentionOptions,
): Promise<ReduceAuditImagesResult> {
  const now = options.now ?? new Date()
  return reduceAuditImages(db.prisma, {
    olderThan: new Date(now.getTime() - options.retentionDays * DAY_MS),
    reduce: reduceAuditImage,
    batchSize: options.batchSize,
    now,
    details: { retentionDays: options.retentionDays },
  })
}

/** A running job; `stop()` clears its timer and waits for a run in progress. */
export interface AuditRetentionJob {
  stop(): Promise<void>
}

/**
 * Runs the job now and then every `intervalMs` (the timer does not keep the process alive; the
 * server stops it on shutdown). Runs never overlap; a failed run is logged and retried at the
 * next tick.
 */
export function startAuditRetention(
  db: Pick<ApiDatabase, 'prisma'>,
  settings: AuditRetentionSettings & { log?: (line: string) => void },
): AuditRetentionJob {
  const { retentionDays } = settings
  if (retentionDays === null) return { stop: async () => {} }
  const log = settings.log ?? ((line: string) => console.log(line))
  let running: Promise<void> | null = null
  const tick = () => {
    if (running) return
    running = runAuditRetention(db, { retentionDays })
      .then(({ reduced }) => {
        if (reduced > 0)
          log(`immd: reduced the images of ${reduced} audit rows older than ${retentionDays} days`)
      })
      .catch((error: unknown) => console.error('immd: audit retention failed:', error))
      .finally(() => {
        running = null
      })
  }
  tick()
  const timer = setInterval(tick, settings.intervalMs)
  timer.unref()
  return {
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
