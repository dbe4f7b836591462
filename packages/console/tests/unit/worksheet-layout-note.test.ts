import { getBuiltInMethod } from '@immd/core/method'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import WorksheetLayoutNote from '../../src/components/WorksheetLayoutNote.vue'
import { createMountOptions } from './mount-options'

// IMMD 1.0's worksheets as the API answers them (enum codes, upper-case provenance).
const engagement = {
  method: {
    version: 'immd-1.0',
    worksheets: (getBuiltInMethod('immd-1.0')?.worksheets ?? []).map((w) => ({
      id: `immd-1.0:${w.id}`,
      code: w.id.toUpperCase().replaceAll('-', '_'),
      name: w.name,
      purpose: w.purpose,
      fields: w.fields.map((f) => ({
        id: `immd-1.0:${w.id}:${f.id}`,
        label: f.label,
        provenance: f.provenance.toUpperCase(),
      })),
    })),
  },
}

function noteOf(code: string) {
  return mount(WorksheetLayoutNote, {
    props: { engagement: engagement as never, code: code as never },
    ...createMountOptions(),
  })
}

describe('WorksheetLayoutNote', () => {
  it('labels a worksheet whose fields are platform proposals', () => {
    const note = noteOf('SCOPE_LIST').get('[role="note"]')
    expect(note.text()).toBe(
      'IMMD Scope List: Who will be interviewed: groups and particular people. Fields: Group / unit, Person, Role / position, IMC function(s) covered, Contact, Session assignment, Interviewed platform default',
    )
    expect(note.findAll('.pill').map((pill) => pill.text())).toEqual(['platform default'])
  })

  it('leaves read fields plain and labels only the proposed ones', () => {
    const note = noteOf('IMMD_WORKSHEET').get('[role="note"]')
    expect(note.text()).toContain(
      'Fields: Driver number, Question, Answer, Value, Rationale (coded data items), Current potential for success, Total value, Success threshold; Data item sources platform default',
    )
    expect(note.findAll('.pill')).toHaveLength(1)
  })

  it('says nothing for a worksheet the method does not have', () => {
    expect(noteOf('NOT_A_WORKSHEET').find('[role="note"]').exists()).toBe(false)
  })
})
