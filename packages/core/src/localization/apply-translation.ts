/**
 * Applies one {@link MethodTranslation} to a method. A text is translated only when the translation
 * holds a pair whose English source equals the method's text exactly, so a tailored rewording, a new
 * driver or a stale translation keeps the English text instead of showing a translation of something
 * else. Structure, ids, weights, values and provenance are copied unchanged.
 *
 * @packageDocumentation
 */
import type {
  DriverDefinition,
  MethodDefinition,
  SourcedText,
  TranslationMark,
  WorksheetDefinition,
} from '../method-types.js'
import type { DriverTranslation, MethodTranslation, TranslatedText } from './translation-types.js'

/** The translation of `en` when `pair` was made from exactly that English text, else `null`. */
function translate(pair: TranslatedText | undefined, en: string): string | null {
  return pair !== undefined && pair.en === en && pair.text !== '' ? pair.text : null
}

/**
 * Translates all plain texts of one entity or none: an entity whose texts are half French, half
 * English could not carry one mark truthfully. Returns the translated texts, or `null`.
 */
function translateAll<K extends string>(
  texts: Record<K, string | undefined>,
  pairs: Partial<Record<NoInfer<K>, TranslatedText>> | undefined,
): Record<K, string | undefined> | null {
  if (pairs === undefined) return null
  const out = {} as Record<K, string | undefined>
  for (const key of Object.keys(texts) as K[]) {
    const en = texts[key]
    if (en === undefined) continue
    const text = translate(pairs[key], en)
    if (text === null) return null
    out[key] = text
  }
  return out
}

function translateSourced(
  sourced: SourcedText,
  pair: TranslatedText | undefined,
  mark: TranslationMark,
): SourcedText {
  const text = translate(pair, sourced.text)
  return text === null ? sourced : { ...sourced, text, translation: mark }
}

function localizeDriver(
  driver: DriverDefinition,
  pairs: DriverTranslation | undefined,
  mark: TranslationMark,
): DriverDefinition {
  if (pairs === undefined) return driver
  const shortName = translate(pairs.shortName, driver.shortName)
  return {
    ...driver,
    ...(shortName === null ? {} : { shortName, translation: mark }),
    question: translateSourced(driver.question, pairs.question, mark),
    // Matched by English text, not position: tailoring may reorder, drop or add prompts.
    prompts: driver.prompts.map((prompt) =>
      translateSourced(
        prompt,
        pairs.prompts.find((pair) => pair.en === prompt.text),
        mark,
      ),
    ),
  }
}

function localizeWorksheet(
  worksheet: WorksheetDefinition,
  translation: MethodTranslation,
  mark: TranslationMark,
): WorksheetDefinition {
  const pairs = translation.worksheets[worksheet.id]
  const own = translateAll({ name: worksheet.name, purpose: worksheet.purpose }, pairs)
  return {
    ...worksheet,
    ...(own === null ? {} : { name: own.name ?? worksheet.name, purpose: own.purpose ?? '' }),
    ...(own === null ? {} : { translation: mark }),
    fields: worksheet.fields.map((field) => {
      const label = translate(pairs?.fields[field.id], field.label)
      return label === null ? field : { ...field, label, translation: mark }
    }),
  }
}

/** Returns a copy of `method` with every text the translation knows translated and marked. */
export function applyMethodTranslation(
  method: MethodDefinition,
  translation: MethodTranslation,
): MethodDefinition {
  const mark: TranslationMark = {
    locale: translation.locale,
    provenance: 'design',
    source: translation.source,
  }
  const own = translateAll({ name: method.name, description: method.description }, translation)
  return {
    ...method,
    locale: translation.locale,
    ...(own === null ? {} : { name: own.name ?? '', description: own.description ?? '' }),
    ...(own === null ? {} : { translation: mark }),
    drivers: method.drivers.map((d) => localizeDriver(d, translation.drivers[d.id], mark)),
    answers: method.answers.map((answer) => {
      const pairs = translation.answers[answer.id]
      const label = translate(pairs?.label, answer.label)
      return {
        ...answer,
        ...(label === null ? {} : { label, translation: mark }),
        ...(answer.criteria === undefined
          ? {}
          : { criteria: translateSourced(answer.criteria, pairs?.criteria, mark) }),
      }
    }),
    effectCodes: method.effectCodes.map((code) => {
      const texts = translateAll(
        { name: code.name, meaning: code.meaning },
        translation.effectCodes[code.code],
      )
      return texts === null
        ? code
        : { ...code, name: texts.name ?? '', meaning: texts.meaning ?? '', translation: mark }
    }),
    bands: method.bands.map((band) => {
      const texts = translateAll(
        { label: band.label, meaning: band.meaning },
        translation.bands[band.id],
      )
      return texts === null
        ? band
        : { ...band, label: texts.label ?? '', meaning: texts.meaning ?? '', translation: mark }
    }),
    phases: method.phases.map((phase) => {
      const name = translate(translation.phases[phase.id]?.name, phase.name)
      return name === null ? phase : { ...phase, name, translation: mark }
    }),
    activities: method.activities.map((activity) => {
      const name = translate(translation.activities[activity.id]?.name, activity.name)
      return name === null ? activity : { ...activity, name, translation: mark }
    }),
    artifacts: method.artifacts.map((artifact) => {
      const texts = translateAll(
        { name: artifact.name, note: artifact.note },
        translation.artifacts[artifact.id],
      )
      if (texts === null) return artifact
      const note = texts.note === undefined ? {} : { note: texts.note }
      return { ...artifact, name: texts.name ?? '', ...note, translation: mark }
    }),
    worksheets: method.worksheets.map((w) => localizeWorksheet(w, translation, mark)),
  }
}
