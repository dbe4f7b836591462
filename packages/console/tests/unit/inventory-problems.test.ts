import { parseInventory } from '@immd/core/inventory/parse-inventory'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import InventoryProblems from '../../src/features/inventory/InventoryProblems.vue'
import { createMountOptions } from './mount-options'

describe('InventoryProblems', () => {
  it('lists each problem of a parsed inventory by row and field', () => {
    const { problems } = parseInventory({
      text: 'short-team-name,country-code\nOK-CSIRT,DE\n,DE\nBAD,XX\n',
      format: 'csv',
    })
    const wrapper = mount(InventoryProblems, { props: { problems }, ...createMountOptions() })
    const rows = wrapper.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()))
    expect(rows).toHaveLength(2)
    expect(rows[0]?.slice(0, 3)).toEqual(['Error', 'row 2 · record 2', 'short-team-name'])
    expect(rows[1]?.slice(0, 3)).toEqual(['Error', 'row 3 · record 3', 'country-code[0]'])
  })
})
