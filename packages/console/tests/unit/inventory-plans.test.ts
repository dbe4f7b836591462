import { parseInventory } from '@immd/core/inventory/parse-inventory'
import { planEngagements } from '@immd/core/planning'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import InventoryPlans from '../../src/features/inventory/InventoryPlans.vue'
import { createMountOptions } from './mount-options'

describe('InventoryPlans (import preview and plan view)', () => {
  it('shows the model with its chapter and provenance, the guidance and the warnings', () => {
    const { records } = parseInventory({
      text: [
        'short-team-name,imc_id,model,authority.analysis,authority.response,imc_functions',
        'GLOBEX-IT,globex,security_team,none,none,protect;respond',
      ].join('\n'),
      format: 'csv',
    })
    const wrapper = mount(InventoryPlans, {
      props: { plans: planEngagements({ records }) },
      ...createMountOptions(),
    })
    expect(wrapper.get('[data-testid="plan-model"]').text()).toBe(
      'Model: Security team (no formal CSIRT) · handbook chapter 4 · reconstructed · authority to analyse: none, to respond: none',
    )
    expect(wrapper.get('details summary').text()).toBe('Guidance that shaped the plan (3)')
    const warnings = wrapper.findAll('[data-testid="plan-warnings"] li').map((li) => li.text())
    expect(warnings.map((text) => text.split(':')[0])).toEqual([
      'threshold-not-set',
      'no-incident-management-owner',
      'imc-function-not-covered',
      'imc-function-not-covered',
    ])
  })
})
