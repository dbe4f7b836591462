/**
 * Method translations: complete in every supported locale, made from the current English texts,
 * provenance kept per text with a translation mark, and tailored methods keep their structure.
 */
import { describe, expect, it } from 'vitest'
import { SUPPORTED_LOCALES } from '../src/locale.js'
import type { MethodTranslation } from '../src/localization.js'
import {
  checkMethodTranslation,
  findMethodTranslation,
  listMethodTranslations,
  localizeMethod,
} from '../src/localization.js'
import type { MethodDefinition, SourcedText } from '../src/method-types.js'
import { IMMD_1_0 } from '../src/methods/immd-1-0.js'
import { scoreDiagnostic } from '../src/scoring.js'
import { tailorMethod } from '../src/tailoring.js'

/** Every SourcedText of a method, with a label saying where it sits. */
function listSourcedTexts(method: MethodDefinition): Array<[string, SourcedText]> {
  const texts: Array<[string, SourcedText]> = []
  for (const driver of method.drivers) {
    texts.push([`${driver.id} question`, driver.question])
    for (const [i, prompt] of driver.prompts.entries())
      texts.push([`${driver.id} prompt ${i}`, prompt])
  }
  for (const answer of method.answers) {
    if (answer.criteria) texts.push([`${answer.id} criteria`, answer.criteria])
  }
  return texts
}

describe('the built-in method translations', () => {
  const translations = listMethodTranslations()

  it('exist for every supported locale but the English source', () => {
    for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
      expect(findMethodTranslation(IMMD_1_0, locale)?.locale, locale).toBe(locale)
    }
  })

  it.each(translations.map((t) => [t.locale, t] as const))(
    'translate every IMMD 1.0 text into %s, each from its current English source',
    (_locale, translation) => {
      expect(checkMethodTranslation(IMMD_1_0, translation)).toEqual([])
    },
  )

  it('reports a missing, a stale, an orphan and an empty translation by path', () => {
    const fr = findMethodTranslation(IMMD_1_0, 'fr') as MethodTranslation
    const d3 = fr.drivers.D3 as NonNullable<MethodTranslation['drivers'][string]>
    const broken: MethodTranslation = {
      ...fr,
      drivers: {
        ...fr.drivers,
        D3: { ...d3, prompts: d3.prompts.slice(0, 1) },
        D11: { shortName: d3.shortName, question: d3.question, prompts: [] },
      },
      bands: {
        ...fr.bands,
        low: {
          label: { en: 'Lowish', text: 'Faible' },
          meaning: {
            en: 'Success drivers are weak; failure is more likely than success.',
            text: ' ',
          },
        },
      },
    }
    const problems = checkMethodTranslation(IMMD_1_0, broken)
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['missing', 'drivers.D3.prompts.1'],
      ['stale', 'bands.low.label'],
      ['empty', 'bands.low.meaning'],
      ['orphan', 'drivers.D11.shortName'],
      ['orphan', 'drivers.D11.question'],
    ])
    expect(problems[0]?.message).toContain('Is there feedback from constituents')
  })
})

describe('localizeMethod', () => {
  it('returns the English method itself for en', () => {
    expect(localizeMethod(IMMD_1_0, 'en')).toBe(IMMD_1_0)
  })

  it('translates driver questions and handout prompts and keeps each text provenance', () => {
    const fr = localizeMethod(IMMD_1_0, 'fr')
    expect(fr.locale).toBe('fr')
    const d1 = fr.drivers[0]
    const d3 = fr.drivers[2]
    // D1's question is read in SEI's material: the French text is still `read`, sourced there,
    // and marked as our translation.
    expect(d1?.question).toEqual({
      text: "Les objectifs de l'IMC sont-ils réalistes et clairement formulés\u202f?",
      provenance: 'read',
      source: 'SEED-IMMD',
      translation: {
        locale: 'fr',
        provenance: 'design',
        source: "IMMD-1.0-FR (our translation, not SEI's)",
      },
    })
    // A translation of a reconstruction stays a reconstruction.
    expect(d3?.question.provenance).toBe('inferred')
    expect(d3?.question.source).toBe('INF')
    expect(d3?.question.text).toBe(
      'Les besoins et les exigences des bénéficiaires sont-ils bien compris\u202f?',
    )
    expect(fr.drivers[4]?.prompts[1]?.text).toContain("procédure d'escalade")
    const de = localizeMethod(IMMD_1_0, 'de')
    expect(de.drivers[8]?.shortName).toBe('angemessene technische und physische Infrastruktur')
    // Band labels are the method's terms of art (read on the SEI worksheet) and stay as they are,
    // as in the console; their meanings are translated.
    expect(de.bands.map((b) => b.label)).toEqual(IMMD_1_0.bands.map((b) => b.label))
    expect(de.bands[3]?.meaning).toBe(
      'Die Erfolgsfaktoren sind stark; ein Erfolg ist wahrscheinlicher als ein Misserfolg.',
    )
    expect(de.answers.map((a) => a.label)).toEqual([
      'Nein',
      'Eher nein',
      'Unentschieden',
      'Eher ja',
      'Ja',
    ])
    expect(de.answers[3]?.criteria?.provenance).toBe('inferred')
  })

  it.each(['fr', 'de'] as const)(
    'marks every %s text as a translation and changes nothing but texts and marks',
    (locale) => {
      const localized = localizeMethod(IMMD_1_0, locale)
      const english = listSourcedTexts(IMMD_1_0)
      listSourcedTexts(localized).forEach(([where, text], i) => {
        const source = english[i]?.[1] as SourcedText
        expect(text.translation?.provenance, where).toBe('design')
        expect(text.translation?.locale, where).toBe(locale)
        expect([text.provenance, text.source], where).toEqual([source.provenance, source.source])
        expect(text.text, where).not.toBe(source.text)
      })
      const entities = [
        localized,
        ...localized.drivers,
        ...localized.answers,
        ...localized.effectCodes,
        ...localized.bands,
        ...localized.phases,
        ...localized.activities,
        ...localized.artifacts,
        ...localized.worksheets,
        ...localized.worksheets.flatMap((w) => w.fields),
      ]
      for (const entity of entities) expect(entity.translation?.locale).toBe(locale)
      expect(localized.activities.map((a) => a.provenance)).toEqual(
        IMMD_1_0.activities.map((a) => a.provenance),
      )
      expect(localized.drivers.map((d) => [d.id, d.number, d.weight])).toEqual(
        IMMD_1_0.drivers.map((d) => [d.id, d.number, d.weight]),
      )
      expect(localized.scoring).toEqual(IMMD_1_0.scoring)
      expect(localized.worksheets.flatMap((w) => w.fields.map((f) => f.options))).toEqual(
        IMMD_1_0.worksheets.flatMap((w) => w.fields.map((f) => f.options)),
      )
      expect(IMMD_1_0.drivers[0]?.question.translation).toBeUndefined()
    },
  )

  it('keeps a tailored method weights and removed drivers, and English where it differs', () => {
    const tailored = tailorMethod({
      base: IMMD_1_0,
      version: 'immd-1.0+cert-eu',
      removeDrivers: ['D10'],
      weights: { D1: 2, D8: 3 },
      rewordDrivers: { D2: { question: 'Is information shared on time with every member?' } },
      addDrivers: [
        {
          id: 'X1',
          shortName: 'sector liaison',
          question: 'Is liaison with sector CSIRTs effective?',
        },
      ],
    })
    if (!tailored.ok) throw new Error(JSON.stringify(tailored.errors))
    const fr = localizeMethod(tailored.method, 'fr')
    expect(fr.version).toBe('immd-1.0+cert-eu')
    expect(fr.scoring.algorithm).toBe('weighted-mean')
    expect(fr.drivers.map((d) => [d.id, d.weight])).toEqual(
      tailored.method.drivers.map((d) => [d.id, d.weight]),
    )
    expect(fr.drivers.some((d) => d.id === 'D10')).toBe(false)
    const d2 = fr.drivers.find((d) => d.id === 'D2')
    // The reworded question is not what the translation was made from: English, unmarked.
    expect(d2?.question.text).toBe('Is information shared on time with every member?')
    expect(d2?.question.translation).toBeUndefined()
    // Its untouched short name and prompts are still translated.
    expect(d2?.shortName).toBe("une communication et un partage d'information efficaces")
    expect(d2?.prompts[0]?.translation?.locale).toBe('fr')
    const x1 = fr.drivers.find((d) => d.id === 'X1')
    expect([x1?.shortName, x1?.question.text, x1?.translation]).toEqual([
      'sector liaison',
      'Is liaison with sector CSIRTs effective?',
      undefined,
    ])
    // The tailored name is not the built-in one, so it stays English.
    expect(fr.name).toBe(tailored.method.name)
  })

  it('scores a localized method exactly like the English one', () => {
    const scale = ['yes', 'likely-yes', 'equally-likely'] as const
    const answers = Object.fromEntries(IMMD_1_0.drivers.map((d, i) => [d.id, scale[i % 3]]))
    const english = scoreDiagnostic({ method: IMMD_1_0, answers, threshold: 'high' })
    const german = scoreDiagnostic({
      method: localizeMethod(IMMD_1_0, 'de'),
      answers,
      threshold: 'high',
    })
    expect(german.total).toBe(english.total)
    expect(german.band).toBe(english.band)
    expect(german.total).not.toBeNull()
  })
})
