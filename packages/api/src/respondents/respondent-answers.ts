/**
 * What a respondent sends (ratings per driver, notes, a comment, suggested data items), checked
 * against the engagement's method, and the handout they answer: each driver's question and things
 * to consider and the answer scale with its criteria, every text with its provenance label.
 *
 * @packageDocumentation
 */
import type { Locale } from '@immd/core/locale'
import { localizeMethod } from '@immd/core/localization'
import { getAnswerCriteria } from '@immd/core/method'
import type { MethodDefinition, SourcedText, TranslationMark } from '@immd/core/method-types'
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

/**
 * A handout text with its provenance (`read`, `inferred`, `design`) as the method states it, and
 * the translation mark when the text is our translation (its provenance is still the original's).
 */
export interface HandoutText {
  text: string
  provenance: string
  translation: TranslationMark | null
}

/** The IMMD Handout as a respondent sees it. */
export interface RespondentHandout {
  methodVersion: string
  /** The language of the texts: the request's `Accept-Language` when translated, else `en`. */
  locale: Locale
  drivers: {
    id: string
    number: number
    shortName: string
    question: HandoutText
    prompts: HandoutText[]
    /** Set when `shortName` is our translation. */
    translation: TranslationMark | null
  }[]
  answers: {
    answer: string
    label: string
    criteria: HandoutText | null
    provenance: string
    translation: TranslationMark | null
  }[]
  /**
   * The handout follows the engagement's tailored method: `excludedDrivers` drivers excluded by
   * tailoring are not asked (their ids and reasons are not shown).
   */
  tailoring: { tailored: boolean; excludedDrivers: number }
}

const sourced = (value: SourcedText): HandoutText => ({
  text: value.text,
  provenance: value.provenance,
  translation: value.translation ?? null,
})

/**
 * The handout of a method in `locale`: nothing else of the engagement reaches the respondent.
 * Answers are still stored against the English method; only the texts shown are translated. The
 * method is the engagement's tailored one: `excludedDrivers` drivers were left out by tailoring.
 */
export function buildRespondentHandout(
  english: MethodDefinition,
  locale: Locale = 'en',
  excludedDrivers = 0,
): RespondentHandout {
  const method = localizeMethod(english, locale)
  return {
    methodVersion: method.version,
    locale: method.locale ?? 'en',
    tailoring: { tailored: excludedDrivers > 0, excludedDrivers },
    drivers: method.drivers.map((driver) => ({
      id: driver.id,
      number: driver.number,
      shortName: driver.shortName,
      question: sourced(driver.question),
      prompts: driver.prompts.map(sourced),
      translation: driver.translation ?? null,
    })),
    answers: method.answers.map((option) => {
      const criteria = getAnswerCriteria(method, option.id)
      return {
        answer: option.id,
        label: option.label,
        criteria: criteria ? sourced(criteria) : null,
        provenance: option.provenance,
        translation: option.translation ?? null,
      }
    }),
  }
}
