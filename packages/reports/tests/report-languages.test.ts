import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { localizeMethod } from '@immd/core/localization'
import { IMMD_1_0 } from '@immd/core/methods/immd-1-0'
import { describe, expect, it } from 'vitest'
import { renderEngagementExport } from '../src/render-export.js'
import { extractDocxText, extractPdfText, readXlsxSheets } from './extract-text.js'
import { buildBuiltInTextFixture } from './locale-fixture.js'

const NOW = new Date('2026-05-01T12:00:00Z')
const ARTEFACTS = join(import.meta.dirname, '..', 'test-results', 'reports-languages')
/** Text extraction turns no-break spaces into spaces or keeps them: compare without them. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('reports in French and German (#19)', () => {
  const report = buildBuiltInTextFixture()
  const french = localizeMethod(IMMD_1_0, 'fr')

  it('prints the French PDF with French headings, labels, dates and driver questions', async () => {
    const file = await renderEngagementExport(report, { format: 'pdf', now: NOW, locale: 'fr' })
    const text = plain(await extractPdfText(file.data))
    for (const expected of [
      'Diagnostic de mission de gestion des incidents · Synthèse',
      'Les drivers en un coup d’œil',
      'Prochaines étapes recommandées',
      '1. Tableau des drivers',
      '2. Détail par driver',
      '6. Comparaison avec l’évaluation précédente',
      'Les améliorations ont-elles porté leurs fruits ?',
      'en partie atteint',
      '7. Comparaison de cohorte',
      'masqué : moins de k = 5 évaluations',
      '8. Notes de méthode',
      'À propos de cette version de la méthode',
      'Traduction des textes de la méthode',
      '[source SEI] [notre traduction]',
      '[reconstitué] [notre traduction]',
      'du 02/03/2026 au 20/04/2026',
      'Page 1 sur',
      'Résultats IMMD · Zürich IMC re-assessment 2026',
    ]) {
      expect(text).toContain(expected)
    }
    for (const driver of french.drivers.slice(0, 3)) {
      expect(text).toContain(plain(driver.question.text))
    }
    for (const english of ['Executive summary', 'Driver table', 'Method notes', 'Page 1 of']) {
      expect(text).not.toContain(english)
    }
    mkdirSync(ARTEFACTS, { recursive: true })
    for (const old of readdirSync(ARTEFACTS)) rmSync(join(ARTEFACTS, old))
    writeFileSync(join(ARTEFACTS, 'fr.pdf'), file.data)
    execFileSync('pdftoppm', ['-r', '60', '-png', join(ARTEFACTS, 'fr.pdf'), join(ARTEFACTS, 'fr')])
    expect(readdirSync(ARTEFACTS).filter((f) => f.endsWith('.png')).length).toBeGreaterThan(4)
  })

  it('prints the German DOCX and XLSX sheets in German', async () => {
    const docx = await renderEngagementExport(report, { format: 'docx', now: NOW, locale: 'de' })
    const text = plain(await extractDocxText(docx.data))
    for (const expected of [
      'Zusammenfassung für die Leitung',
      '1. Driver-Tabelle',
      '6. Vergleich mit dem vorigen Assessment',
      'teilweise erreicht',
      '7. Kohortenvergleich',
      '8. Hinweise zur Methode',
      '[SEI-Quelle] [unsere Übersetzung]',
      '02.03.2026 bis 30.04.2026',
    ]) {
      expect(text).toContain(expected)
    }
    expect(text).toContain(plain(localizeMethod(IMMD_1_0, 'de').drivers[0]?.question.text ?? '—'))
    const xlsx = await renderEngagementExport(report, { format: 'xlsx', now: NOW, locale: 'de' })
    const sheets = await readXlsxSheets(xlsx.data)
    expect(sheets.get('Wiederholungsassessment')?.[0]?.[0]).toBe('Driver')
    // The engagement's own worksheets too: sheet names and headers from the catalogue.
    expect(sheets.get('IMMD-Arbeitsblatt')?.[0]?.slice(0, 4)).toEqual([
      'Driver',
      'Kurzname',
      'Frage',
      'Antwort',
    ])
    expect(sheets.get('Übersicht')?.[1]).toEqual(['Titel', 'Zürich IMC re-assessment 2026'])
    expect(sheets.get('Kohortenvergleich')?.[0]?.slice(0, 3)).toEqual(['Zeile', 'Driver', 'Name'])
  })
})
