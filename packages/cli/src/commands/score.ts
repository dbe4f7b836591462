/**
 * `immd score <worksheet.json>`: scores a diagnostic offline with `@immd/core` (no API). The file
 * is either a worksheet `{ "answers": { "D1": "likely-yes", … }, "threshold": "high",
 * "rationale": { "D1": ["+", "-"] }, "exclusions": [{ "driverId": "D10", "reason": "…" }],
 * "method": "immd-1.0" }` or an engagement exported with
 * `immd export --format json` (answers, rationale codes, threshold and tailored method taken from it).
 *
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises'
import { getBuiltInMethod } from '@immd/core/method'
import type { BandId, EffectCode, MethodDefinition } from '@immd/core/method-types'
import {
  type AnswerInput,
  type DiagnosticScore,
  type DriverExclusion,
  scoreDiagnostic,
} from '@immd/core/scoring'
import { analyzeSensitivity, type SensitivityAnalysis } from '@immd/core/sensitivity'
import { CliError, EXIT } from '../exit-codes.js'
import { message } from '../messages/translate.js'

/** The score and the sensitivity of the worksheet. */
export interface ScoreResult {
  file: string
  score: DiagnosticScore
  sensitivity: SensitivityAnalysis
}

/** The normalised input of the scorer. */
interface Worksheet {
  answers: Record<string, AnswerInput>
  threshold: BandId | null
  rationale?: Record<string, EffectCode[]>
  /** Drivers taken out of the scored set by tailoring decisions. */
  exclusions?: DriverExclusion[]
  method: MethodDefinition
}

/**
 * `Likely Yes`, `LIKELY_YES`, `likely-yes` → `likely-yes`. There is no "not applicable" answer: a
 * driver leaves the scored set only through an exclusion, so `n/a` reaches the scorer unchanged and
 * comes back as an input error that says how to exclude.
 */
export function normalizeAnswer(value: unknown): AnswerInput {
  if (value === null || value === undefined || value === '') return null
  const text = String(value)
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
  return text as AnswerInput
}

/** Evaluation-time N/A of an export made before tailoring decisions existed, as the migration maps it. */
const MIGRATED_REASON =
  'Marked not applicable at evaluation time (migrated to a tailoring decision).'

function readMethod(value: unknown): MethodDefinition {
  if (value && typeof value === 'object') return value as MethodDefinition
  const version = typeof value === 'string' ? value : 'immd-1.0'
  const method = getBuiltInMethod(version)
  if (!method) throw CliError.of(message('score.unknownMethod', { version }), EXIT.INVALID)
  return method
}

/** Reads either file shape into a {@link Worksheet}. */
export function readWorksheet(input: unknown): Worksheet {
  if (!input || typeof input !== 'object')
    throw CliError.of(message('score.notObject'), EXIT.INVALID)
  const data = input as Record<string, unknown>
  if (data.format === 'immd-engagement') {
    const engagement = data.engagement as {
      method: unknown
      methodVersion: string
      successThreshold: string | null
      evaluations: { driverId: string; answer: string | null; notApplicable: boolean }[]
      dataItems: { effect: EffectCode; drivers: string[] }[]
    }
    const rationale: Record<string, EffectCode[]> = {}
    for (const item of engagement.dataItems) {
      for (const driverId of item.drivers) {
        rationale[driverId] ??= []
        rationale[driverId]?.push(item.effect)
      }
    }
    return {
      answers: Object.fromEntries(
        engagement.evaluations
          .filter((e) => !e.notApplicable)
          .map((e) => [e.driverId, normalizeAnswer(e.answer)]),
      ),
      exclusions: engagement.evaluations
        .filter((e) => e.notApplicable)
        .map((e) => ({
          driverId: e.driverId,
          reason: MIGRATED_REASON,
          origin: 'migrated' as const,
        })),
      threshold: (engagement.successThreshold as BandId | null) ?? null,
      rationale,
      method: readMethod(engagement.method ?? engagement.methodVersion),
    }
  }
  if (!data.answers || typeof data.answers !== 'object') {
    throw CliError.of(message('score.noAnswers'), EXIT.INVALID)
  }
  return {
    answers: Object.fromEntries(
      Object.entries(data.answers as Record<string, unknown>).map(([id, a]) => [
        id,
        normalizeAnswer(a),
      ]),
    ),
    threshold: typeof data.threshold === 'string' ? (data.threshold as BandId) : null,
    ...(Array.isArray(data.exclusions)
      ? { exclusions: (data.exclusions as DriverExclusion[]).map(toExclusion) }
      : {}),
    rationale: data.rationale as Record<string, EffectCode[]> | undefined,
    method: readMethod(data.method),
  }
}

function toExclusion(entry: DriverExclusion): DriverExclusion {
  return { ...entry, origin: entry.origin ?? 'tailoring' }
}

/** Scores the worksheet file. */
export async function scoreWorksheet(options: { file: string }): Promise<ScoreResult> {
  let parsed: unknown
  try {
    parsed = JSON.parse(await readFile(options.file, 'utf8'))
  } catch (error) {
    throw CliError.of(
      message('file.notJson', { path: options.file, reason: (error as Error).message }),
      EXIT.USAGE,
    )
  }
  const worksheet = readWorksheet(parsed)
  const input = { ...worksheet }
  return {
    file: options.file,
    score: scoreDiagnostic(input),
    sensitivity: analyzeSensitivity(input),
  }
}
