import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AnswerCriteria from '../../src/components/AnswerCriteria.vue'
import ResultsStatus from '../../src/features/results/ResultsStatus.vue'
import { createMountOptions } from './mount-options'

const COVERAGE = {
  methodDrivers: 10,
  scoredDrivers: 10,
  evaluatedDrivers: 1,
  minimumScoredDrivers: 8,
}

function mountStatus(result: Record<string, unknown>) {
  return mount(ResultsStatus, {
    props: {
      result: {
        total: 100,
        algorithm: 'MEAN',
        statusReasons: [],
        coverage: COVERAGE,
        excluded: [],
        cap: null,
        thinEvidence: [],
        ...result,
      } as never,
    },
    ...createMountOptions(),
  })
}

describe('ResultsStatus', () => {
  it('never shows a provisional band as the result', () => {
    const wrapper = mountStatus({
      status: 'PROVISIONAL',
      finalBand: null,
      band: 'EXCELLENT',
      statusReasons: [
        {
          code: 'drivers-not-evaluated',
          message: 'Provisional: 9 of 10 drivers are not evaluated yet.',
        },
      ],
    })
    expect(wrapper.find('[data-testid="result-band"]').text()).toBe(
      'Provisional: no final band yet',
    )
    expect(wrapper.find('.swatch').exists()).toBe(false)
    expect(wrapper.find('[data-testid="result-indicative"]').text()).toBe(
      'Indicative band Excellent (total 100), not final',
    )
    expect(wrapper.text()).toContain('Provisional: 9 of 10 drivers are not evaluated yet.')
  })

  it('shows the final band, the exclusions with who and why, the cap and thin evidence', () => {
    const wrapper = mountStatus({
      status: 'FINAL',
      finalBand: 'BORDERLINE',
      band: 'BORDERLINE',
      total: 90,
      algorithm: 'RULE_BASED',
      coverage: { ...COVERAGE, scoredDrivers: 9, evaluatedDrivers: 9 },
      excluded: [
        {
          driverId: 'D7',
          reason: 'Outsourced to the group SOC',
          decidedBy: 'Lena Lead',
          decidedAt: '2026-03-01T10:00:00.000Z',
          origin: 'TAILORING',
        },
      ],
      cap: {
        from: 'EXCELLENT',
        to: 'BORDERLINE',
        message: 'Band capped from Excellent to Borderline: critical driver(s) D10 (No).',
        drivers: [{ driverId: 'D10', answer: 'NO' }],
      },
      thinEvidence: ['D2', 'D3'],
    })
    expect(wrapper.find('[data-testid="result-band"]').text()).toContain('Borderline')
    expect(wrapper.find('[data-testid="result-excluded"]').text()).toContain(
      'D7: Outsourced to the group SOC (Lena Lead, 2026-03-01)',
    )
    expect(wrapper.find('[data-testid="result-cap"]').text()).toContain(
      'Band capped from Excellent to Borderline: critical drivers answered low, D10 (No)',
    )
    expect(wrapper.find('[data-testid="result-thin"]').text()).toBe(
      '2 of 9 drivers rest on thin evidence: D2, D3',
    )
    expect(wrapper.text()).toContain('Rule-based: mean, capped by critical drivers answered low')
  })
})

describe('AnswerCriteria', () => {
  it('lists what each answer requires with its provenance', () => {
    const wrapper = mount(AnswerCriteria, {
      props: {
        answers: [
          {
            answer: 'YES',
            label: 'Yes',
            criteria: { text: 'The condition is met.', provenance: 'INFERRED' },
          },
          { answer: 'NO', label: 'No', criteria: null },
        ],
      },
      ...createMountOptions(),
    })
    expect(wrapper.text()).toContain('YesThe condition is met. reconstructed')
    expect(wrapper.text()).toContain('No criteria recorded.')
  })
})
