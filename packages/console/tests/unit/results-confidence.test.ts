import { scoreDiagnostic } from '@immd/core/scoring'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ResultsConfidence from '../../src/features/results/ResultsConfidence.vue'
import { createAppI18n } from '../../src/i18n'
import { MESSAGES } from '../../src/locales/all-catalogues'

// The core's own confidence verdicts (thresholds of the method), as the API exposes them.
const score = scoreDiagnostic({
  answers: { D1: 'yes', D2: 'likely-yes', D3: 'likely-no' },
  rationale: { D1: ['+', '+', '-'], D2: ['+', '+'], D3: ['+', '?'] },
  evidence: {
    D1: { ratings: ['likely-yes', 'yes', 'likely-yes'], documents: 1 },
    D2: { ratings: ['likely-yes'] },
    D3: { ratings: ['no', 'likely-yes'], documents: 2 },
  },
})

const result = {
  drivers: score.drivers.slice(0, 3).map((d) => ({
    driverId: d.id,
    answer: d.answer?.toUpperCase().replaceAll('-', '_') ?? null,
    status: d.status.toUpperCase(),
    exclusion: null,
    confidence: d.confidence && {
      ...d.confidence,
      level: d.confidence.level.toUpperCase(),
      findings: d.confidence.findings.map(({ code, value, limit }) => ({ code, value, limit })),
    },
  })),
}

function evidenceOf(locale: 'en' | 'fr' | 'de') {
  const wrapper = mount(ResultsConfidence, {
    props: { result: result as never },
    global: { plugins: [createAppI18n(locale, MESSAGES)] },
  })
  return wrapper.findAll('tbody tr').map((row) => row.findAll('td').at(2)?.text())
}

describe('ResultsConfidence', () => {
  it('writes each finding from its code and numbers in the console language', () => {
    expect(evidenceOf('en')).toEqual([
      '3 data items, 3 interviewees, 1 document; ratings agree within 1 step',
      '2 data items (high needs 3); 1 interviewee rating (high needs 2); 0 reviewed documents (high needs 1)',
      '1 data item coded + - 0 (fewer than 2); Interviewee ratings spread over 3 steps (3 or more)',
    ])
    expect(evidenceOf('fr')).toEqual([
      '3 éléments de données, 3 personnes interrogées, 1 document; notes concordantes à 1 échelon près',
      '2 éléments de données (le niveau élevé en exige 3); 1 note de personne interrogée (le niveau élevé en exige 2); 0 documents examinés (le niveau élevé en exige 1)',
      '1 élément de données codé + - 0 (moins de 2); Les notes des personnes interrogées s’étendent sur 3 échelons (3 ou plus)',
    ])
    const german = evidenceOf('de')
    expect(german[1]).toBe(
      '2 Datenelemente (für hoch nötig: 3); 1 Bewertung von Befragten (für hoch nötig: 2); 0 geprüfte Dokumente (für hoch nötig: 1)',
    )
    // No English left in another language's evidence column.
    for (const text of [...evidenceOf('fr'), ...german]) expect(text).not.toMatch(/needs|data item/)
  })

  it('keeps the API’s English sentence for a finding this console does not know', () => {
    const newer = structuredClone(result)
    const d1 = newer.drivers[0]?.confidence
    if (!d1) throw new Error('D1 has a confidence')
    Object.assign(d1, { findings: [{ code: 'auditor-override', value: 1, limit: null }] })
    d1.reasons = ['Set by the lead assessor']
    const wrapper = mount(ResultsConfidence, {
      props: { result: newer as never },
      global: { plugins: [createAppI18n('fr', MESSAGES)] },
    })
    expect(wrapper.find('tbody tr td:nth-of-type(3)').text()).toBe('Set by the lead assessor')
  })
})
