/**
 * The CSIRT inventory record (domain reference §8.2, `[DESIGN]`): the Global IRT team keys, kept
 * verbatim so that FIRST API exports import directly, plus the fields an IMMD needs.
 *
 * Unknown keys are kept on the parsed record (the schema is loose); the parsers report them as
 * warnings. Keys starting with `-` are Global IRT repository-specific fields (e.g.
 * `-first-member-type`) and are kept without a warning because the format defines them.
 *
 * @packageDocumentation
 */
import { z } from 'zod'
import type { BandId } from '../method-types.js'
import type { InventoryProblemRule } from './problems.js'
import {
  AUTHORITY_LEVELS,
  GIRT_CERT_TYPES,
  IMC_FUNCTIONS,
  ISO_3166_ALPHA2_CODES,
  ORGANIZATIONAL_MODELS,
  SERVICE_FRAMEWORKS,
  TRIAGE_OPTIONS,
} from './vocabularies.js'

/**
 * The English texts of the schema's own rules; the validator maps a failed rule back to its
 * {@link InventoryProblemRule} by this table, so a renderer can phrase it in any language.
 */
export const RULE_TEXT = {
  'no-nul': 'must not contain a NUL character',
  'not-empty': 'must not be empty',
  'country-code': 'must be an ISO 3166-1 alpha-2 country code such as DE or LU',
  'country-name':
    'must be an ISO 3166-1 alpha-2 country code such as DE or LU, not a country name ' +
    '(put the name in "country")',
  email: 'must be an e-mail address',
  emails: 'must be an e-mail address, several separated by ";", or a list of them',
  authority: 'must be full, shared or none, or {analysis, response} with those values',
  'iso-date': 'must be an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY)',
  'hours-slot': 'slot keys look like mon_1_open or sun_2_close',
  time: 'must be a time such as 09:00',
  'fte-range': 'must be a number between 0 and 1 (a share of a full-time position)',
  'http-url': 'must be an http(s) URL',
  'language-code': 'must be an ISO 639-2 code such as eng',
} as const satisfies Partial<Record<InventoryProblemRule, string>>

const BAND_IDS = ['minimal', 'low', 'borderline', 'high', 'excellent'] as const satisfies BandId[]

/** Matches a value against a vocabulary ignoring case and surrounding blanks; keeps the canonical spelling. */
function caseInsensitiveEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(
    (input) => {
      if (typeof input !== 'string') return input
      const wanted = input.trim().toLowerCase()
      return values.find((value) => value.toLowerCase() === wanted) ?? input
    },
    z.enum(values, { error: () => `must be one of: ${values.join(', ')}` }),
  )
}

/** Global IRT writes some list fields as a single string (`"country-code": "LU"`); accept both. */
function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess((input) => (typeof input === 'string' ? [input] : input), z.array(item))
}

const text = z.string().trim()
const nonEmptyText = z.string().trim().min(1, { error: RULE_TEXT['not-empty'] })

/**
 * Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): they only reorder
 * what a reader sees (a name can show as another), and right-to-left editors insert them unasked,
 * so they are stripped rather than refused. Right-to-left letters stay.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

/**
 * A name people read (team and staff names): a NUL is refused (no name has one, PostgreSQL cannot
 * store it, and dropping it silently would hide a corrupt or hostile file), bidi controls are
 * stripped (issue #23; the API's own titles and names follow the same rule).
 */
function nameText(options: { required: boolean }) {
  return z
    .string()
    .refine((value) => !value.includes('\u0000'), { error: RULE_TEXT['no-nul'] })
    .transform((value) => value.replace(BIDI_CONTROLS, '').trim())
    .pipe(options.required ? z.string().min(1, { error: RULE_TEXT['not-empty'] }) : z.string())
}

/**
 * A country name where a code belongs ("Germany") is named as such: the Global IRT example record
 * carries the name in `country` and the code in `country-code`.
 */
const countryCode = z.preprocess(
  (input) => (typeof input === 'string' ? input.trim().toUpperCase() : input),
  z.string().refine((code) => ISO_3166_ALPHA2_CODES.includes(code), {
    error: (issue) =>
      typeof issue.input === 'string' && /^[A-Z][A-Z .'-]{2,}$/.test(issue.input)
        ? RULE_TEXT['country-name']
        : RULE_TEXT['country-code'],
  }),
)

/**
 * `email`: one address, or several separated by `;` (one CSV cell, one YAML/JSON string) or given
 * as a list. The parsed record holds them as one string joined by "; ", so the Global IRT `email`
 * field keeps its string type.
 */
const singleEmail = z.email()
const emailAddresses = z
  .union([z.string(), z.array(z.string())], {
    error: RULE_TEXT.emails,
  })
  .transform((value, ctx) => {
    const list = (typeof value === 'string' ? value.split(';') : value)
      .map((address) => address.trim())
      .filter((address) => address !== '')
    const bad = list.filter((address) => !singleEmail.safeParse(address).success)
    if (list.length > 0 && bad.length === 0) return list.join('; ')
    ctx.addIssue({
      code: 'custom',
      message:
        list.length === 0
          ? RULE_TEXT['not-empty']
          : list.length === 1
            ? RULE_TEXT.email
            : `must be e-mail addresses separated by ";" (${bad.map((a) => JSON.stringify(a)).join(', ')} is not one)`,
      params: list.length > 1 ? { rule: 'emails', invalidItems: bad } : undefined,
    })
    return z.NEVER
  })

const authorityLevel = caseInsensitiveEnum(AUTHORITY_LEVELS)

/**
 * Authority to analyse and to respond, each full / shared / none (`[FIRST-COURSE]` levels; the
 * split follows the handbook, whose distributed CSIRT has full authority to analyse but shared
 * authority to respond, `[SEED-OM5]`). The older single value (`authority: shared`) is still read
 * and means the same level for both.
 */
export const authoritySchema = z
  .union(
    [
      authorityLevel,
      z.strictObject({ analysis: authorityLevel.optional(), response: authorityLevel.optional() }),
    ],
    {
      error: RULE_TEXT.authority,
    },
  )
  .transform((value) => (typeof value === 'string' ? { analysis: value, response: value } : value))

/** ISO 8601 calendar date, also year or year-month (the FIRST site-visit template asks month/year). */
const isoDate = z
  .string()
  .trim()
  .refine(
    (value) => {
      const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
      if (!match) return false
      const month = match[2] === undefined ? 1 : Number(match[2])
      const day = match[3] === undefined ? 1 : Number(match[3])
      const date = new Date(Date.UTC(Number(match[1]), month - 1, day))
      return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    },
    { error: RULE_TEXT['iso-date'] },
  )

/** The structured Global IRT form: `mon_1_open: "09:00"`, `mon_1_close: "12:00"`, ... */
const operatingHoursSlots = z.record(
  z.string().regex(/^(mon|tue|wed|thu|fri|sat|sun)_\d+_(open|close)$/, {
    error: RULE_TEXT['hours-slot'],
  }),
  z.string().regex(/^([01]?\d|2[0-4]):[0-5]\d$/, { error: RULE_TEXT.time }),
)

/** One member of the team's staff (distributed model needs, `[SEED-OM5]`). */
export const staffMemberSchema = z.looseObject({
  name: nameText({ required: true }),
  role: text.optional(),
  unit: text.optional(),
  /** Share of a full-time position given to IMC work, 0..1. */
  fte: z
    .number({ error: RULE_TEXT['fte-range'] })
    .min(0, { error: RULE_TEXT['fte-range'] })
    .max(1, { error: RULE_TEXT['fte-range'] })
    .optional(),
  skills: listOf(text).optional(),
  backup: text.optional(),
  contact: text.optional(),
  hours: text.optional(),
})

/** An extended (adjunct) staff group such as legal or PR: a plain name or an object with contacts. */
export const extendedStaffSchema = z.union([
  nonEmptyText,
  z.looseObject({
    group: nonEmptyText,
    name: text.optional(),
    contact: text.optional(),
    unit: text.optional(),
  }),
])

/** Services offered: service numbers (FIRST v2.1) or names (CERT/CC list). */
export const servicesSchema = z.looseObject({
  framework: caseInsensitiveEnum(SERVICE_FRAMEWORKS).optional(),
  offered: listOf(nonEmptyText).optional(),
  core: listOf(nonEmptyText).optional(),
})

/** The zod schema of one inventory record (§8.2). */
export const inventoryRecordSchema = z.looseObject({
  // Global IRT keys [GIRT]
  'short-team-name': nameText({ required: true }),
  'official-team-name': nameText({ required: false }).optional(),
  'postal-address': text.optional(),
  host: text.optional(),
  country: text.optional(),
  'country-code': listOf(countryCode).optional(),
  'additional-country-code': listOf(countryCode).optional(),
  establishment: isoDate.optional(),
  website: listOf(z.url({ protocol: /^https?$/, error: RULE_TEXT['http-url'] })).optional(),
  email: emailAddresses.optional(),
  'phone-numbers': listOf(text).optional(),
  enckeys: listOf(text).optional(),
  'operating-hours-freetext': text.optional(),
  'operating-hours': z.union([text, operatingHoursSlots]).optional(),
  constituency: text.optional(),
  'constituency-code': text.optional(),
  'constituency-description': text.optional(),
  'cert-type': listOf(caseInsensitiveEnum(GIRT_CERT_TYPES)).optional(),
  languages: listOf(
    z.preprocess(
      (input) => (typeof input === 'string' ? input.trim().toLowerCase() : input),
      z.string().regex(/^[a-z]{3}$/, { error: RULE_TEXT['language-code'] }),
    ),
  ).optional(),
  'preferred language': text.optional(),
  'source-name': text.optional(),
  'last-modified': text.optional(),
  // IMMD / organizational-model extensions [DESIGN]
  imc_id: nonEmptyText.optional(),
  model: caseInsensitiveEnum(ORGANIZATIONAL_MODELS).optional(),
  authority: authoritySchema.optional(),
  reports_to: text.optional(),
  imc_functions: listOf(caseInsensitiveEnum(IMC_FUNCTIONS)).optional(),
  services: servicesSchema.optional(),
  triage: caseInsensitiveEnum(TRIAGE_OPTIONS).optional(),
  staff: z.array(staffMemberSchema).optional(),
  extended_staff: listOf(extendedStaffSchema).optional(),
  tools: listOf(text).optional(),
  documents: listOf(nonEmptyText).optional(),
  funding: text.optional(),
  success_threshold: caseInsensitiveEnum(BAND_IDS).optional(),
})

/** A validated inventory record; unknown keys are kept as `unknown` values. */
export type InventoryRecord = z.output<typeof inventoryRecordSchema>

/** One staff member of a validated record. */
export type StaffMember = z.output<typeof staffMemberSchema>

/** One extended-staff entry of a validated record. */
export type ExtendedStaffEntry = z.output<typeof extendedStaffSchema>

/** Authority to analyse and to respond, as parsed (the old single value fills both). */
export type Authority = z.output<typeof authoritySchema>

/** Keys the schema knows at each level; used to warn about unknown keys. */
export const KNOWN_KEYS = {
  record: Object.keys(inventoryRecordSchema.shape),
  staff: Object.keys(staffMemberSchema.shape),
  services: Object.keys(servicesSchema.shape),
  extendedStaff: ['group', 'name', 'contact', 'unit'],
} as const

/** Record keys whose CSV cells hold `;`-separated lists. */
export const LIST_FIELDS: readonly string[] = [
  'country-code',
  'additional-country-code',
  'website',
  'phone-numbers',
  'enckeys',
  'cert-type',
  'languages',
  'imc_functions',
  'services.offered',
  'services.core',
  'extended_staff',
  'tools',
  'documents',
  'skills',
]
