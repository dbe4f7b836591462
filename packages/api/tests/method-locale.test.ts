/**
 * Method texts in the request's language (issue #19): `Accept-Language: fr` gets the French driver
 * questions with their provenance kept and a translation mark, English is unchanged, and the
 * per-request loader keys every localized method by version and locale.
 */
import { IMMD_1_0, tailorMethod } from '@immd/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createLoaders } from '../src/loaders.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { executeOk, globalId } from './support/execute.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'

type Data = Record<string, any>

const METHOD = `{ method(version: "immd-1.0") {
  version locale name translation { locale provenance source }
  drivers { id code shortName translation { locale }
    question { text provenance source translation { locale provenance source } }
    prompts { text provenance source translation { locale provenance } } }
  answers { answer label criteria { text provenance translation { locale } } }
  effectCodes { name meaning }
  bands { band label meaning translation { locale } }
  phases { id name activities { id name } }
  worksheets { id name purpose fields { label translation { locale } } }
} }`

const ENGAGEMENT = `query ($id: ID!) { engagement(id: $id) {
  method { version locale drivers { code question { text translation { locale } } } }
  phases { name activities { activityId name } }
  evaluations(first: 20) { edges { node { driverId driver { id shortName question { text provenance } } } } }
} }`

describe.each(TEST_ENGINES)('method texts in the request language (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: ReturnType<typeof createApi>

  const query = (text: string, headers: Record<string, string> = {}, variables = {}) =>
    executeOk<Data>(yoga, { token: demo.leadToken, query: text, variables, headers })

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    yoga = createApi({ db })
  })
  afterAll(() => db?.close())

  it('serves French driver questions with their provenance and a DESIGN translation mark', async () => {
    const { method } = await query(METHOD, { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' })
    expect(method.locale).toBe('FR')
    expect(method.translation).toEqual({
      locale: 'FR',
      provenance: 'DESIGN',
      source: "IMMD-1.0-FR (our translation, not SEI's)",
    })
    const [d1, , d3] = method.drivers
    expect(d1.id).toBe('immd-1.0@fr:D1')
    expect(d1.code).toBe('D1')
    expect(d1.question).toEqual({
      text: "Les objectifs de l'IMC sont-ils réalistes et clairement formulés\u202f?",
      provenance: 'READ',
      source: 'SEED-IMMD',
      translation: {
        locale: 'FR',
        provenance: 'DESIGN',
        source: "IMMD-1.0-FR (our translation, not SEI's)",
      },
    })
    // The reconstructed question stays reconstructed in French.
    expect(d3.question).toMatchObject({ provenance: 'INFERRED', source: 'INF' })
    expect(d3.question.text).toBe(
      'Les besoins et les exigences des bénéficiaires sont-ils bien compris\u202f?',
    )
    for (const driver of method.drivers) {
      expect(driver.translation, driver.code).toEqual({ locale: 'FR' })
      for (const prompt of driver.prompts) {
        expect(prompt.provenance, prompt.text).toBe('DESIGN')
        expect(prompt.translation, prompt.text).toEqual({ locale: 'FR', provenance: 'DESIGN' })
      }
    }
    expect(method.answers.map((a: Data) => a.label)).toEqual([
      'Non',
      'Plutôt non',
      'Autant oui que non',
      'Plutôt oui',
      'Oui',
    ])
    expect(method.answers[0].criteria).toMatchObject({
      provenance: 'INFERRED',
      translation: { locale: 'FR' },
    })
    expect(method.bands.map((b: Data) => b.label)).toEqual([
      'Minimal',
      'Low',
      'Borderline',
      'High',
      'Excellent',
    ])
    expect(method.phases[1].activities[2].name).toBe('Évaluer les drivers')
    expect(method.worksheets.find((w: Data) => w.id === 'immd-1.0@fr:handout').name).toBe(
      "Support d'entretien IMMD",
    )
  })

  it('negotiates German from a weighted header and falls back to English for other languages', async () => {
    const { method: de } = await query(METHOD, { 'accept-language': 'es, de-AT;q=0.8, en;q=0.4' })
    expect(de.locale).toBe('DE')
    expect(de.drivers[7].question.text).toBe(
      'Sind Personal und Finanzierung für alle IMC-Tätigkeiten ausreichend?',
    )
    const { method: es } = await query(METHOD, { 'accept-language': 'es-ES' })
    expect(es.locale).toBe('EN')
  })

  it("follows the user's preferred locale when the request names no language", async () => {
    await db.prisma.user.update({
      where: { id: demo.leadId },
      data: { preferredLocale: 'de' },
    })
    try {
      const { method } = await query('{ method(version: "immd-1.0") { locale } }')
      expect(method.locale).toBe('DE')
      // An explicit header still wins over the stored preference.
      const asked = await query('{ method(version: "immd-1.0") { locale } }', {
        'accept-language': 'fr',
      })
      expect(asked.method.locale).toBe('FR')
    } finally {
      await db.prisma.user.update({ where: { id: demo.leadId }, data: { preferredLocale: null } })
    }
  })

  it('leaves English unchanged: the same response with and without the header, no marks', async () => {
    const plain = await query(METHOD)
    expect(await query(METHOD, { 'accept-language': 'en-GB,en;q=0.9' })).toEqual(plain)
    expect(await query(METHOD, { 'accept-language': 'es-ES' })).toEqual(plain)
    const { method } = plain
    expect(method.locale).toBe('EN')
    expect(method.translation).toBeNull()
    expect(method.drivers[0].id).toBe('immd-1.0:D1')
    expect(method.drivers.map((d: Data) => d.question.text)).toEqual(
      IMMD_1_0.drivers.map((d) => d.question.text),
    )
    const marks = JSON.stringify(method).match(/"translation":\{/g)
    expect(marks).toBeNull()
  })

  it("translates an engagement's method, phases, activities and evaluated drivers", async () => {
    const id = globalId('Engagement', demo.finishedEngagementId)
    const fr = (await query(ENGAGEMENT, { 'accept-language': 'fr' }, { id })).engagement
    const en = (await query(ENGAGEMENT, {}, { id })).engagement
    expect(fr.method.locale).toBe('FR')
    expect(fr.method.drivers[0].question.translation).toEqual({ locale: 'FR' })
    expect(fr.phases.map((p: Data) => p.name)).toEqual([
      "Préparer l'IMMD",
      "Conduire l'IMMD",
      'Mener à bien les activités post-IMMD',
    ])
    expect(fr.phases[2].activities[0]).toEqual({
      activityId: 'PAA1',
      name: 'Communiquer les résultats',
    })
    expect(en.phases[2].activities[0]).toEqual({ activityId: 'PAA1', name: 'Communicate results' })
    const frDrivers = fr.evaluations.edges.map((e: Data) => e.node.driver)
    const enDrivers = en.evaluations.edges.map((e: Data) => e.node.driver)
    expect(frDrivers.length).toBeGreaterThan(0)
    frDrivers.forEach((driver: Data, i: number) => {
      expect(driver.id).toBe(enDrivers[i].id.replace('immd-1.0:', 'immd-1.0@fr:'))
      expect(driver.question.provenance).toBe(enDrivers[i].question.provenance)
      expect(driver.question.text).not.toBe(enDrivers[i].question.text)
    })
    expect(enDrivers.map((d: Data) => d.shortName)).toEqual(
      enDrivers.map(
        (d: Data) => IMMD_1_0.drivers.find((b) => `immd-1.0:${b.id}` === d.id)?.shortName,
      ),
    )
  })

  it('keeps a tailored method weights and English where its texts differ from the built-in', async () => {
    const tailored = tailorMethod({
      base: IMMD_1_0,
      version: `immd-1.0+locale-${engine}`,
      weights: { D1: 3 },
      rewordDrivers: {
        D2: { question: 'Is incident information shared with every site in time?' },
      },
      addDrivers: [
        { id: 'X1', shortName: 'sector liaison', question: 'Do we liaise with sector CSIRTs?' },
      ],
    })
    if (!tailored.ok) throw new Error(JSON.stringify(tailored.errors))
    await db.prisma.methodDefinition.create({
      data: {
        version: tailored.method.version,
        basedOn: 'immd-1.0',
        name: tailored.method.name,
        organizationId: demo.organizationId,
        definition: tailored.method as object,
      },
    })
    const { method } = await query(
      `{ method(version: "${tailored.method.version}") { locale algorithm
        drivers { code weight shortName question { text provenance translation { locale } } } } }`,
      { 'accept-language': 'de' },
    )
    expect(method.algorithm).toBe('WEIGHTED_MEAN')
    const byCode = Object.fromEntries(method.drivers.map((d: Data) => [d.code, d]))
    expect(byCode.D1).toMatchObject({ weight: 3, question: { translation: { locale: 'DE' } } })
    expect(byCode.D2.question).toEqual({
      text: 'Is incident information shared with every site in time?',
      provenance: 'DESIGN',
      translation: null,
    })
    expect(byCode.D2.shortName).toBe('wirksame Kommunikation und wirksamer Informationsaustausch')
    expect(byCode.X1).toMatchObject({
      shortName: 'sector liaison',
      question: { translation: null },
    })
  })

  it('keys the localized-method loader by version and locale and reads a stored method once', async () => {
    let reads = 0
    const counting = new Proxy(db.prisma, {
      get(target, property, receiver) {
        if (property === 'methodDefinition') reads += 1
        return Reflect.get(target, property, receiver)
      },
    })
    const version = `immd-1.0+locale-${engine}`
    const loaders = createLoaders(counting, { kind: 'anonymous', reason: null })
    const [fr, de, frAgain, en, builtIn] = await Promise.all([
      loaders.localizedMethod.load({ version, locale: 'fr' }),
      loaders.localizedMethod.load({ version, locale: 'de' }),
      loaders.localizedMethod.load({ version, locale: 'fr' }),
      loaders.localizedMethod.load({ version, locale: 'en' }),
      loaders.localizedMethod.load({ version: 'immd-1.0', locale: 'fr' }),
    ])
    expect([fr?.locale, de?.locale, en?.locale, builtIn?.locale]).toEqual([
      'fr',
      'de',
      undefined,
      'fr',
    ])
    expect(fr?.version).toBe(version)
    expect(frAgain).toBe(fr)
    expect(fr).not.toBe(de)
    // One query for the stored version, whatever the number of locales asked for.
    expect(reads).toBe(1)
    expect(en).toBe(await loaders.methodByVersion.load(version))
  })
})
