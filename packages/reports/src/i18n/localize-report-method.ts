/**
 * The method texts of a report in the report's language: driver names, questions and handout
 * prompts, answer labels and criteria, band names and meanings. The translation itself is core's
 * `localizeMethod` (method-version data; a tailored rewording stays English); this module only
 * carries the SDK's method (GraphQL shape) there and back. A translated text keeps its provenance
 * (a translation of a reconstructed question is reconstructed) and is marked as our translation.
 *
 * @packageDocumentation
 */
import { localizeMethod } from '@immd/core/localization'
import type { MethodDefinition, Provenance } from '@immd/core/method-types'
import type { EngagementReport } from '../report-input.js'
import type { ReportLocale } from './report-locale.js'

type ReportMethod = EngagementReport['method']

/** A method text as the report prints it, with whether it is our translation. */
export interface LocalizedText {
  text: string
  provenance: 'READ' | 'INFERRED' | 'DESIGN'
  translated: boolean
}

/** The report's method with its texts in one language, and which of them are our translation. */
export interface LocalizedReportMethod {
  method: ReportMethod
  /** Driver codes whose question is our translation. */
  translatedQuestions: ReadonlySet<string>
  /** `D1:0` (driver code and prompt index) of translated prompts. */
  translatedPrompts: ReadonlySet<string>
  /** Answer enum values (`LIKELY_YES`) whose criteria are our translation. */
  translatedCriteria: ReadonlySet<string>
  /** The translation's source tag when anything was translated, e.g. `IMMD-1.0-FR (our translation, not SEI's)`. */
  translationSource: string | null
}

const toCoreId = (value: string) => value.toLowerCase().replaceAll('_', '-')
const toCoreProvenance = (value: string) => value.toLowerCase() as Provenance

/** The parts of a core method definition the translation reads, built from the SDK's method. */
function toCoreMethod(method: ReportMethod): MethodDefinition {
  const sourced = (text: { text: string; provenance: string }) => ({
    text: text.text,
    provenance: toCoreProvenance(text.provenance),
    source: '',
  })
  return {
    version: method.version,
    basedOn: method.basedOn ?? null,
    name: method.name,
    description: method.description,
    drivers: method.drivers.map((driver) => ({
      id: driver.code,
      number: driver.number,
      shortName: driver.shortName,
      question: sourced(driver.question),
      prompts: driver.prompts.map(sourced),
      weight: driver.weight,
    })),
    answers: method.answers.map((answer, step) => ({
      id: toCoreId(answer.answer),
      label: answer.label,
      step,
      value: answer.value,
      provenance: toCoreProvenance(answer.provenance),
      ...(answer.criteria ? { criteria: sourced(answer.criteria) } : {}),
    })),
    bands: method.bands.map((band) => ({
      id: toCoreId(band.band),
      label: band.label,
      index: band.index,
      min: band.min,
      max: band.max,
      meaning: band.meaning,
    })),
    // Not printed by the report: left empty, so the translation has nothing to do there.
    effectCodes: [],
    phases: [],
    activities: [],
    artifacts: [],
    worksheets: [],
  } as unknown as MethodDefinition
}

/** The report's method with its texts in `locale` (unchanged for English or an unknown method). */
export function localizeReportMethod(
  method: ReportMethod,
  locale: ReportLocale,
): LocalizedReportMethod {
  const untouched = {
    method,
    translatedQuestions: new Set<string>(),
    translatedPrompts: new Set<string>(),
    translatedCriteria: new Set<string>(),
    translationSource: null,
  }
  if (locale === 'en') return untouched
  const core = toCoreMethod(method)
  const localized = localizeMethod(core, locale)
  if (localized === core) return untouched
  const translatedQuestions = new Set<string>()
  const translatedPrompts = new Set<string>()
  const translatedCriteria = new Set<string>()
  let translationSource: string | null = null
  const drivers = method.drivers.map((driver, i) => {
    const target = localized.drivers[i]
    if (!target) return driver
    if (target.question.translation) {
      translatedQuestions.add(driver.code)
      translationSource = target.question.translation.source
    }
    return {
      ...driver,
      shortName: target.shortName,
      question: { ...driver.question, text: target.question.text },
      prompts: driver.prompts.map((prompt, p) => {
        const translated = target.prompts[p]
        if (translated?.translation) translatedPrompts.add(`${driver.code}:${p}`)
        return { ...prompt, text: translated?.text ?? prompt.text }
      }),
    }
  })
  const answers = method.answers.map((answer, i) => {
    const target = localized.answers[i]
    if (!target) return answer
    if (target.criteria?.translation) translatedCriteria.add(answer.answer)
    return {
      ...answer,
      label: target.label,
      criteria:
        answer.criteria && target.criteria
          ? { ...answer.criteria, text: target.criteria.text }
          : answer.criteria,
    }
  })
  const bands = method.bands.map((band, i) => {
    const target = localized.bands[i]
    return target ? { ...band, label: target.label, meaning: target.meaning } : band
  })
  return {
    method: {
      ...method,
      name: localized.name,
      description: localized.description,
      drivers,
      answers,
      bands,
    },
    translatedQuestions,
    translatedPrompts,
    translatedCriteria,
    translationSource,
  }
}
