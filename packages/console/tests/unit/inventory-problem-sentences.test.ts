import { type InventoryProblem, parseInventory } from '@immd/core/inventory/parse-inventory'
import { PROBLEM_DETAILS } from '@immd/core/inventory/problems'
import { planEngagements } from '@immd/core/planning'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { SUPPORTED_LOCALES } from '../../src/composables/use-locale'
import InventoryPlans from '../../src/features/inventory/InventoryPlans.vue'
import InventoryProblems, {
  type ProblemRow,
} from '../../src/features/inventory/InventoryProblems.vue'
import { createAppI18n } from '../../src/i18n'
import { MESSAGES } from '../../src/locales/all-catalogues'

const json = (value: unknown) => JSON.stringify(value)

/** Inventories that, together, raise every problem code. */
function everyProblem(): InventoryProblem[] {
  const inputs: Parameters<typeof parseInventory>[0][] = [
    { text: 'teams: [', format: 'yaml' },
    { text: 'short-team-name,host\n"A,b\nC,d\n', format: 'csv' },
    { text: '[{"short-team-name": "A",}]', format: 'json' },
    { text: json({ foo: 1 }), format: 'json' },
    { text: json([1]), format: 'json' },
    { text: json([]), format: 'json' },
    {
      text: json([
        { host: 'no name' },
        { 'short-team-name': 'A', 'country-code': 'Germany', email: 'a@x.org; nope; no' },
        {
          'short-team-name': 'SVC',
          colour: 'blue',
          services: {
            framework: 'first-v2.1',
            offered: ['99.9', 'incident analysis'],
            core: ['6.1'],
          },
        },
        { 'short-team-name': 'a', model: 'pyramid' },
      ]),
      format: 'json',
    },
    {
      text: 'short-team-name,host,host,,shoe\nA,b,c,d,e,f\n',
      format: 'csv',
      staffCsv: 'short-team-name,name\nZZ,Bob\n',
    },
  ]
  return inputs.flatMap((input) => parseInventory(input).problems)
}

/** The problem as the API answers it: every absent detail is `null`. */
function asServerRow(problem: InventoryProblem): ProblemRow {
  const row: Record<string, unknown> = { record: null, field: null, line: null, column: null }
  for (const key of ['row', 'input', 'rule', 'value', 'allowed', 'catalogue', 'mappedTo'])
    row[key] = null
  return { ...row, ...problem, format: problem.format?.toUpperCase() ?? null } as ProblemRow
}

function render(problems: ProblemRow[], locale: (typeof SUPPORTED_LOCALES)[number]) {
  const wrapper = mount(InventoryProblems, {
    props: { problems },
    global: { plugins: [createAppI18n(locale, MESSAGES)] },
  })
  return wrapper.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()))
}

describe('inventory problems in every language', () => {
  const problems = everyProblem()

  it('covers every problem code', () => {
    expect(new Set(problems.map((problem) => problem.code))).toEqual(
      new Set(Object.keys(PROBLEM_DETAILS)),
    )
  })

  it.each(SUPPORTED_LOCALES)(
    'renders each code as a sentence in %s, not the English message',
    (locale) => {
      for (const rows of [problems, problems.map(asServerRow)]) {
        const texts = render(rows, locale).map((cells) => cells[3] ?? '')
        texts.forEach((text, index) => {
          const problem = problems[index] as InventoryProblem
          expect(text, `${locale} ${problem.code}`).not.toBe(problem.message)
          expect(text).not.toMatch(/undefined|null|\[object/)
          expect(text).toMatch(/[.)]$/)
        })
      }
    },
  )

  it('writes what to do in the reader’s language', () => {
    const unknown = problems.filter((problem) => problem.code === 'staff-team-unknown')
    expect(render(unknown, 'de')[0]?.[3]).toBe(
      'Diese Personalzeile nennt das Team „ZZ“, das kein Inventareintrag hat. Korrigieren Sie den Namen oder nehmen Sie das Team ins Inventar auf.',
    )
    expect(render(unknown, 'fr')[0]?.[0]).toBe(MESSAGES.fr.import.severities.error)
  })
})

describe('planning warnings in every language', () => {
  it('renders the warnings of the import preview in French', () => {
    const { records } = parseInventory({
      text: [
        'short-team-name,imc_id,model,authority.analysis,authority.response,imc_functions',
        'GLOBEX-IT,globex,security_team,none,none,protect;respond',
      ].join('\n'),
      format: 'csv',
    })
    const wrapper = mount(InventoryPlans, {
      props: { plans: planEngagements({ records }) },
      global: { plugins: [createAppI18n('fr', MESSAGES)] },
    })
    const warnings = wrapper.findAll('[data-testid="plan-warnings"] li').map((li) => li.text())
    expect(warnings).toEqual([
      'threshold-not-set: Aucune fiche ne fixe success_threshold. Fixez-le avant A5.',
      expect.stringMatching(/^no-incident-management-owner: Personne ne porte la gestion/),
      expect.stringMatching(/^imc-function-not-covered: Aucune fiche ne montre la fonction detect/),
      expect.stringMatching(
        /^imc-function-not-covered: Aucune fiche ne montre la fonction sustain/,
      ),
    ])
  })
})
