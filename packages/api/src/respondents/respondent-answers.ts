/**
 * What a respondent sends (ratings per driver, notes, a comment, suggested data items), checked
 * against the engagement's method, and the handout they answer: each driver's question and things
 * to consider and the answer scale with its criteria, every text with its provenance label.
 *
 * @packageDocumentation
 */
import { getAnswerCriteria } from '@immd/core/method'
import type { MethodDefinition, SourcedText } from '@immd/core/method-types'
import { z } from 'zod'
import { ValidationError, type ValidationIssue } from '../errors.js'
import { answerIssues, driverIssues } from '../mutations/guards.js'

/** Limits of one respondent's answers. */
export const RESPONDENT_LIMITS = {
  noteChars: 4000,
  commentChars: 10_000,
  suggestions: 20,
  suggestionChars: 2000,
} as const

const text = (max: number) => z.string().trim().max(max)

const AnswersSchema = z.object({
  ratings: z
    .array(
      z.object({
        driverId: z.string().trim().min(1).max(50),
        answer: z.string().trim().min(1).max(50).nullable().optional(),
        note: text(RESPONDENT_LIMITS.noteChars).nullable().optional(),
      }),
    )
    .max(100)
    .default([]),
  comment: text(RESPONDENT_LIMITS.commentChars).nullable().optional(),
  suggestedDataItems: z
    .array(
      z.object({
        text: text(RESPONDENT_LIMITS.suggestionChars).min(1),
        effect: z.enum(['+', '-', '0', '?']).default('?'),
        driverIds: z.array(z.string().trim().min(1).max(50)).max(100).default([]),
      }),
    )
    .max(RESPONDENT_LIMITS.suggestions)
    .default([]),
})

/** A respondent's answers as stored in the link's draft. */
export type RespondentAnswers = z.infer<typeof AnswersSchema>

/** The empty draft a link starts with. */
export const EMPTY_ANSWERS: RespondentAnswers = {
  ratings: [],
  comment: null,
  suggestedDataItems: [],
}

/** Parses and checks answers against the method; throws one ValidationError listing every issue. */
export function parseRespondentAnswers(body: unknown, method: MethodDefinition): RespondentAnswers {
  const parsed = AnswersSchema.safeParse(body)
  if (!parsed.success) {
    throw new ValidationError(
      parsed.error.issues.map((issue) => ({
        path: ['answers', ...issue.path].join('.'),
        message: issue.message,
      })),
    )
  }
  const answers = parsed.data
  const issues: ValidationIssue[] = [
    ...driverIssues(
      method,
      answers.ratings.map((rating) => rating.driverId),
      'answers.ratings',
    ),
    ...answers.ratings.flatMap((rating, index) =>
      answerIssues(method, rating.answer, `answers.ratings.${index}.answer`),
    ),
    ...answers.ratings.flatMap((rating, index) =>
      answers.ratings.findIndex((other) => other.driverId === rating.driverId) === index
        ? []
        : [
            {
              path: `answers.ratings.${index}.driverId`,
              message: `${rating.driverId} is rated twice.`,
            },
          ],
    ),
    ...answers.suggestedDataItems.flatMap((item, index) =>
      driverIssues(method, item.driverIds, `answers.suggestedDataItems.${index}.driverIds`),
    ),
  ]
  if (issues.length > 0) throw new ValidationError(issues)
  return answers
}

/** A handout text with its provenance (`source`, `inferred`, `design`, …) as the method states it. */
export interface HandoutText {
  text: string
  provenance: string
}

/** The IMMD Handout as a respondent sees it. */
export interface RespondentHandout {
  methodVersion: string
  drivers: {
    id: string
    number: number
    shortName: string
    question: HandoutText
    prompts: HandoutText[]
  }[]
  answers: { answer: string; label: string; criteria: HandoutText | null; provenance: string }[]
  /**
   * The handout follows the engagement's tailored method: `excludedDrivers` drivers excluded by
   * tailoring are not asked (their ids and reasons are not shown).
   */
  tailoring: { tailored: boolean; excludedDrivers: number }
}

const sourced = (value: SourcedText): HandoutText => ({
  text: value.text,
  provenance: value.provenance,
})

/** The handout of a method: nothing else of the engagement reaches the respondent. */
export function buildRespondentHandout(
  method: MethodDefinition,
  excludedDrivers = 0,
): RespondentHandout {
  return {
    methodVersion: method.version,
    tailoring: { tailored: excludedDrivers > 0, excludedDrivers },
    drivers: method.drivers.map((driver) => ({
      id: driver.id,
      number: driver.number,
      shortName: driver.shortName,
      question: sourced(driver.question),
      prompts: driver.prompts.map(sourced),
    })),
    answers: method.answers.map((option) => {
      const criteria = getAnswerCriteria(method, option.id)
      return {
        answer: option.id,
        label: option.label,
        criteria: criteria ? sourced(criteria) : null,
        provenance: option.provenance,
      }
    }),
  }
}
