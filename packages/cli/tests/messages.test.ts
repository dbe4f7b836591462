/**
 * The CLI's message catalogues (issue #19): every locale has exactly the English keys and renders
 * each of them; the language comes from --lang, IMMD_LANG, then the POSIX locale; human output and
 * errors follow it while --json output stays the same in every language.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SUPPORTED_LOCALES } from '@immd/core/locale'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/index.js'
import { EN, type MessageKey } from '../src/messages/en.js'
import {
  CATALOGUES,
  createTranslator,
  type MessageParams,
  resolveCliLocale,
} from '../src/messages/translate.js'

/** Sample values for every key: a new key without a sample fails type-checking here. */
const SAMPLES: { [K in MessageKey]: MessageParams<K> } = {
  'error.unexpected': [{ detail: 'boom' }],
  'config.badUrl': [{ value: 'x', example: 'http://localhost:4000/graphql' }],
  'config.unreadable': [{ path: '/c.json', reason: 'EACCES' }],
  'config.notObject': [{ path: '/c.json', reason: 'Unexpected token' }],
  'auth.noToken': [],
  'auth.forbidden': [{ reason: 'Forbidden' }],
  'auth.failed': [{ reason: 'Unauthorized' }],
  'auth.tokenRejected': [{ reason: null }],
  'api.unreachable': [{ reason: 'connect ECONNREFUSED.' }],
  'api.domain': [{ code: 'ValidationError', reason: 'bad' }],
  'api.failed': [{ reason: 'Unexpected error.', correlationId: 'c-1' }],
  'organization.choose': [{ slugs: '' }],
  'organization.notFound': [{ wanted: 'acme', slugs: 'demo' }],
  'engagement.noMatch': [{ reference: 'X' }],
  'engagement.ambiguous': [{ reference: 'X', matches: 'a (A), b (B)' }],
  'engagement.notFound': [{ reference: 'X' }],
  'file.unreadable': [{ kind: 'staff', path: 's.csv', reason: 'ENOENT' }],
  'file.notJson': [{ path: 'a.json', reason: 'Unexpected end' }],
  'import.refused': [{ reason: 'no' }],
  'score.unknownMethod': [{ version: 'x' }],
  'score.notObject': [],
  'score.noAnswers': [],
  'token.expiresTooShort': [],
  'token.expiresUnreadable': [{ value: 'soon' }],
  'token.expiresInvalid': [{ value: '2026-02-31' }],
  'token.expiresPast': [{ at: '2020-01-01T00:00:00.000Z' }],
  'token.badScope': [{ scope: 'all' }],
  'export.portfolioFormats': [],
  'export.nameEngagement': [],
  'export.badWorksheet': [{ ids: 'a, b' }],
  'problem.place': [{ row: 12, column: 4 }],
  'problem.staffCsv': [],
  'problem.severity': [{ severity: 'warning' }],
  'problem.sentence': [{ code: 'empty-header', message: 'column 3 has no header', column: 3 }],
  'import.planningWarning': [
    { imcId: 'IMC-1', code: 'no-local-contact', message: 'm', teams: ['A'], values: ['PT'] },
  ],
  'import.interrupted': [{ organization: 'acme', message: 'm' }],
  'import.invalid': [{ errors: 2, records: 10, organization: null }],
  'import.dryRun': [{ organization: 'acme' }],
  'import.summary': [
    {
      created: 1,
      updated: 2,
      unchanged: 3,
      failed: 0,
      engagementsCreated: 2,
      engagementsExisting: 1,
      dryRun: false,
      chunks: null,
    },
  ],
  'engagements.none': [],
  'engagements.columns': [],
  'engagements.count': [{ count: 3 }],
  'engagement.meta': [
    { organization: 'acme', imcId: 'IMC-1', state: 'scored', method: 'immd-1.0' },
  ],
  'engagement.potential': [{ band: null, total: null, threshold: 'high' }],
  'engagement.columns': [],
  'engagement.followUp': [{ improvements: 1, lessons: 2, entries: 3, documents: 4 }],
  derivation: [{ derivation: '(75×6 + 50×4) / 10 = 65.0 → 65 → High' }],
  'score.error': [
    {
      path: 'answers.D1',
      code: 'invalid-answer',
      value: 'maybe',
      allowed: 'No, Yes',
      message: 'm',
    },
  ],
  'score.provisionalBand': [{ band: 'high', status: 'provisional' }],
  'score.total': [{ total: '65', band: 'high', complete: false, missing: ['D2'] }],
  'score.status': [{ status: 'final', algorithm: 'mean' }],
  'score.excluded': [{ driverId: 'D4', reason: 'r', decidedBy: null }],
  'score.threshold': [{ threshold: 'high', met: false, short: 2 }],
  'score.path': [{ moves: 'D7 equally-likely→likely-yes' }],
  'score.candidates': [{ drivers: 'D7, D8' }],
  'score.warning': [{ code: 'c', message: 'm' }],
  'export.wrote': [{ out: 'r.pdf', format: 'pdf', bytes: 10 }],
  'file.wrote': [{ file: 's.csv', bytes: 10 }],
  'engagements.imported': [{ title: 'T', organization: 'acme', id: 'E1' }],
  'token.created': [
    { secret: 's', scope: 'read', name: 'ci', organization: 'acme', expiresAt: null },
  ],
  'portfolio.engagements': [{ engagements: 4, scored: 2 }],
  'portfolio.threshold': [{ meeting: 1, below: 1, without: 2 }],
  'portfolio.bands': [{ list: 'high 1' }],
  'portfolio.states': [{ list: 'scored 2' }],
  'portfolio.age': [{ list: 'recent 4' }],
  'portfolio.coverage': [
    { unscored: 2, withExclusions: 1, lowConfidence: 1, thinEvidenceItems: 2 },
  ],
  'portfolio.bandCoverage': [{ band: 'HIGH', count: 3, withExclusions: 1, lowConfidence: 0 }],
  'portfolio.driverColumns': [],
}

/** Texts that are rightly the same as in English: codes and values only, or the same word. */
const SAME_AS_ENGLISH = new Set(['fr:api.domain', 'de:api.domain', 'de:score.status'])

describe('the CLI catalogues', () => {
  it.each(SUPPORTED_LOCALES.filter((l) => l !== 'en'))(
    '%s has exactly the English keys, each rendering a translated text',
    (locale) => {
      const catalogue = CATALOGUES[locale]
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(EN).sort())
      const t = createTranslator(locale)
      const en = createTranslator('en')
      for (const key of Object.keys(EN) as MessageKey[]) {
        const params = SAMPLES[key] as unknown[]
        const text = (t as (k: MessageKey, ...p: unknown[]) => unknown)(key, ...params)
        const english = (en as (k: MessageKey, ...p: unknown[]) => unknown)(key, ...params)
        expect(JSON.stringify(text).length, key).toBeGreaterThan(2)
        if (!SAME_AS_ENGLISH.has(`${locale}:${key}`)) {
          expect(text, key).not.toEqual(english)
        }
      }
    },
  )

  it('a missing key is caught: a catalogue without one does not have the English keys', () => {
    const { 'score.noAnswers': _dropped, ...incomplete } = CATALOGUES.fr
    expect(Object.keys(incomplete).sort()).not.toEqual(Object.keys(EN).sort())
  })

  it('takes --lang, then IMMD_LANG, then LC_ALL / LC_MESSAGES / LANG, then English', () => {
    const env = { LANG: 'de_DE.UTF-8', IMMD_LANG: 'fr' }
    expect(resolveCliLocale({ flag: 'en', env })).toBe('en')
    expect(resolveCliLocale({ env })).toBe('fr')
    expect(resolveCliLocale({ env: { LANG: 'de_DE.UTF-8' } })).toBe('de')
    expect(resolveCliLocale({ env: { LANG: 'de_DE.UTF-8', LC_ALL: 'fr_CA.UTF-8' } })).toBe('fr')
    expect(resolveCliLocale({ env: { IMMD_LANG: 'es', LANG: 'C.UTF-8' } })).toBe('en')
    expect(resolveCliLocale({ env: {} })).toBe('en')
  })
})

describe('human output in French', () => {
  let home: string
  let worksheet: string

  const run = async (argv: string[], env: Record<string, string> = {}) => {
    let stdout = ''
    let stderr = ''
    const code = await main(argv, {
      stdout: (text) => {
        stdout += text
      },
      stderr: (text) => {
        stderr += text
      },
      env: { HOME: home, ...env },
      tty: false,
    })
    return { code, stdout, stderr }
  }

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'immd-lang-'))
    worksheet = join(home, 'worksheet.json')
    const answers = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`D${i + 1}`, i < 6 ? 'likely-yes' : 'equally-likely']),
    )
    await writeFile(worksheet, JSON.stringify({ answers, threshold: 'excellent' }))
  })
  afterAll(() => rm(home, { recursive: true, force: true }))

  it('prints the score in French with --lang fr, from LANG, and in German from IMMD_LANG', async () => {
    const fr = await run(['--lang', 'fr', 'score', worksheet])
    expect(fr.code).toBe(0)
    expect(fr.stdout).toContain('Total\u00a0: 65 · niveau high · complet')
    expect(fr.stdout).toContain('Calcul\u00a0: (75×6 + 50×4) / 10 = 65.0 → 65 → High')
    expect(fr.stdout).toContain('Seuil excellent\u00a0: 1 niveau en dessous')
    expect(fr.stdout).toContain('Pistes pour les prochaines étapes (A6)\u00a0:')
    expect((await run(['score', worksheet], { LANG: 'fr_FR.UTF-8' })).stdout).toBe(fr.stdout)
    const de = await run(['score', worksheet], { IMMD_LANG: 'de', LANG: 'fr_FR.UTF-8' })
    expect(de.stdout).toContain('Gesamt: 65 · Stufe high · vollständig')
    expect(de.stdout).toContain('Schwelle excellent: 1 Stufe darunter')
    const en = await run(['score', worksheet], { LC_ALL: 'C', LANG: 'fr_FR.UTF-8' })
    expect(en.stdout).toContain('Total: 65 · band high · complete')
  })

  it('prints the status reasons and warnings of a partial score in French and German', async () => {
    const partial = join(home, 'partial.json')
    const answers = { D1: 'likely-yes', D2: 'likely-no', D3: 'likely-yes' }
    await writeFile(partial, JSON.stringify({ answers, threshold: 'high' }))
    const en = await run(['score', partial])
    const fr = await run(['--lang', 'fr', 'score', partial])
    const de = await run(['--lang', 'de', 'score', partial])
    const english = await run(['--json', 'score', partial])
    const { score } = JSON.parse(english.stdout)
    expect(score.statusReasons.length + score.warnings.length).toBeGreaterThan(0)
    for (const item of [...score.statusReasons, ...score.warnings]) {
      expect(en.stdout).toContain(item.message)
      expect(fr.stdout).not.toContain(item.message)
      expect(de.stdout).not.toContain(item.message)
    }
    expect(fr.stdout).toContain(
      'Calcul\u00a0: (75×2 + 25×1) / 3 = ≈58.333 → 58 → Borderline; sans réponse (non comptés)',
    )
    expect(de.stdout).toContain(
      'Warnung incomplete: 7 von 10 Drivern sind noch nicht beantwortet: D4, D5, D6, D7, D8, D9, D10.',
    )
  })

  it('writes the worksheet’s input errors and the upgrade path in the chosen language', async () => {
    const broken = join(home, 'broken.json')
    const answers = { D1: 'maybe', D99: 'yes', D2: 'likely-no' }
    await writeFile(broken, JSON.stringify({ answers, threshold: 'superb' }))
    const fr = await run(['--lang', 'fr', 'score', broken])
    expect(fr.stdout).toContain(
      'erreur answers.D99\u00a0: cette version de la méthode n’a pas de driver «\u00a0D99\u00a0».',
    )
    expect(fr.stdout).toContain(
      'erreur answers.D1\u00a0: «\u00a0maybe\u00a0» n’est pas une réponse\u00a0; répondez par Non, Plutôt non',
    )
    expect(fr.stdout).toContain('erreur threshold\u00a0: «\u00a0superb\u00a0» n’est pas un niveau')
    const de = await run(['--lang', 'de', 'score', broken])
    expect(de.stdout).toContain(
      'Fehler answers.D99: Diese Methodenversion hat keinen Driver „D99“.',
    )
    expect(de.stdout).not.toMatch(/has no driver|is not an answer|expected one of/)
    // The fewest upgrades to the threshold name the answers as the reader's language does.
    const path = await run(['--lang', 'de', 'score', worksheet])
    expect(path.stdout).toMatch(/Wenigste Verbesserungen bis zur Schwelle: D\d+ [^→]+→/)
    expect(path.stdout).not.toMatch(/likely-yes|equally-likely/)
  })

  it('keeps --json output identical in every language', async () => {
    const en = await run(['--json', 'score', worksheet])
    const fr = await run(['--json', '--lang', 'fr', 'score', worksheet], { LANG: 'de_DE' })
    expect(fr.stdout).toBe(en.stdout)
    expect(Object.keys(JSON.parse(fr.stdout))).toEqual(['file', 'score', 'sensitivity'])
  })

  it('explains errors in French on stderr and in English in the --json error', async () => {
    const human = await run(['--lang', 'fr', 'engagements', 'list'])
    expect(human.code).toBe(4)
    expect(human.stderr).toBe(
      'immd: Aucun jeton d\'API\u00a0: passez --token, définissez IMMD_TOKEN ou indiquez "token" dans le fichier de configuration.\n',
    )
    const json = await run(['--json', 'engagements', 'list'], { LANG: 'fr_FR.UTF-8' })
    expect(JSON.parse(json.stdout)).toMatchObject({
      error: 'No API token: pass --token, set IMMD_TOKEN, or put "token" in the config file.',
      exitCode: 4,
    })
    const unreadable = await run(['score', join(home, 'missing.json')], { LANG: 'fr_FR.UTF-8' })
    expect(unreadable.code).toBe(2)
    expect(unreadable.stderr).toMatch(/^immd: Impossible de lire .*missing\.json en JSON\u00a0: /)
  })

  it('prints inventory problems and planning warnings as sentences in the chosen language', async () => {
    const inventory = join(home, 'teams.csv')
    await writeFile(
      inventory,
      'short-team-name,country-code,email\nCERT-A,Germany,a@x.org\nCERT-B,LU,\n',
    )
    const de = await run(['--lang', 'de', 'import', '--dry-run', inventory])
    expect(de.stdout).toContain(
      `${inventory} Zeile 1, Spalte 2 (country-code[0]): Fehler invalid-value: Der Wert „Germany“ im Feld „country-code[0]“ ist ungültig: Er muss ein Ländercode nach ISO 3166-1 alpha-2 sein, etwa DE oder LU, kein Ländername (tragen Sie den Namen in „country“ ein). Korrigieren Sie ihn.\n`,
    )
    const fr = await run(['import', '--dry-run', inventory], { LANG: 'fr_FR.UTF-8' })
    expect(fr.stdout).toContain(
      "erreur invalid-value: La valeur «\u00a0Germany\u00a0» du champ «\u00a0country-code[0]\u00a0» n'est pas valide",
    )
    expect(fr.stdout).toContain(
      'threshold-not-set\u00a0: Aucune fiche ne fixe success_threshold. Fixez-le avant A5.',
    )
    const json = await run(['--json', 'import', '--dry-run', inventory], { LANG: 'de_DE.UTF-8' })
    expect(JSON.parse(json.stdout).problems[0]).toMatchObject({
      code: 'invalid-value',
      rule: 'country-name',
      value: 'Germany',
    })
  })

  it('refuses an unknown --lang as a usage error', async () => {
    const result = await run(['--lang', 'es', 'score', worksheet])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("'es' is invalid")
  })
})
