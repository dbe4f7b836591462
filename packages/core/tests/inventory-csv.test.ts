import { describe, expect, it } from 'vitest'
import { parseInventory } from '../src/inventory/parse-inventory.js'
import staffCsv from './fixtures/northwind-staff.csv?raw'
import teamsCsv from './fixtures/northwind-teams.csv?raw'

const summarize = (problems: ReturnType<typeof parseInventory>['problems']) =>
  problems.map((p) => [p.severity, p.code, p.input, p.record, p.row, p.column, p.field].join(' '))

describe('CSV inventories', () => {
  it('reads the Northwind teams and joins their staff', () => {
    const result = parseInventory({ text: teamsCsv, format: 'csv', staffCsv })
    expect(result.problems).toEqual([])
    expect(result.records.map((record) => record['short-team-name'])).toEqual([
      'NW-CSIRT',
      'NW-SOC',
      'NW-HELPDESK',
    ])
    const [csirt, soc, helpdesk] = result.records
    expect(csirt).toMatchObject({
      'country-code': ['NL'],
      imc_functions: ['protect', 'detect', 'respond', 'sustain'],
      services: {
        framework: 'first-v2.1',
        offered: ['6.1', '6.2', '6.4', '6.5', '8.3'],
        core: ['6.1', '6.2', '6.5'],
      },
      extended_staff: ['legal', 'pr'],
      documents: ['RFC 2350', 'Mission statement', 'Escalation procedure'],
      success_threshold: 'borderline',
    })
    expect(csirt?.staff?.map((member) => [member.name, member.fte])).toEqual([
      ['Eva de Vries', 1],
      ['Pieter Jansen', 1],
      ['Sanne Bakker', 1],
    ])
    expect(csirt?.staff?.[0]?.skills).toEqual(['incident coordination', 'crisis management'])
    expect(soc?.['country-code']).toEqual(['NL', 'BE'])
    expect(soc?.staff?.map((member) => member.fte)).toEqual([0.8, 0.8])
    expect(helpdesk?.staff).toBeUndefined()
    expect(helpdesk?.services).toBeUndefined()
  })

  it('reports a missing short-team-name in data row 3 with its column', () => {
    const text = [
      'short-team-name,email,model',
      'T1,t1@example.org,combined',
      'T2,t2@example.org,combined',
      ',t3@example.org,combined',
      'T4,t4@example.org,combined',
    ].join('\n')
    const result = parseInventory({ text, format: 'csv' })
    expect(summarize(result.problems)).toEqual([
      'error missing-field inventory 2 3 1 short-team-name',
    ])
    expect(result.records.map((record) => record['short-team-name'])).toEqual(['T1', 'T2', 'T4'])
    expect(result.recordIndexes).toEqual([0, 1, 3])
  })

  it('reports every bad cell of every row, with row and column', () => {
    const text = [
      'short-team-name,country-code,authority,imc_functions,establishment',
      'A,DE;XX,full,detect;defend,2015-13-01',
      'B,NL,most,respond,2010',
    ].join('\n')
    expect(summarize(parseInventory({ text, format: 'csv' }).problems)).toEqual([
      'error invalid-value inventory 0 1 2 country-code[1]',
      'error invalid-value inventory 0 1 4 imc_functions[1]',
      'error invalid-value inventory 0 1 5 establishment',
      'error invalid-value inventory 1 2 3 authority',
    ])
  })

  it('points staff errors at the staff CSV row and column', () => {
    const staff = [
      'short-team-name,name,role,fte',
      'A,Ann,manager,1',
      'A,Bob,member,1.5',
      'B,,member,0.5',
    ].join('\n')
    const text = 'short-team-name\nA\nB\n'
    const result = parseInventory({ text, format: 'csv', staffCsv: staff })
    expect(summarize(result.problems)).toEqual([
      'error invalid-value staff 0 2 4 staff[1].fte',
      'error missing-field staff 1 3 2 staff[0].name',
    ])
    // Each error belongs to its member: the teams stay (for previews and plans) without the
    // members in error, and the errors still block an import.
    expect(result.records).toEqual([
      { 'short-team-name': 'A', staff: [{ name: 'Ann', role: 'manager', fte: 1 }] },
      { 'short-team-name': 'B', staff: [] },
    ])
    expect(result.recordIndexes).toEqual([0, 1])
  })

  it('reports staff rows whose team is unknown, with the staff row number', () => {
    const staff = 'short-team-name,name\nA,Ann\nZZ,Zed\n,Nobody\na,Lower Case Team Name\n'
    const result = parseInventory({ text: 'short-team-name\nA\n', format: 'csv', staffCsv: staff })
    expect(summarize(result.problems)).toEqual([
      'error staff-team-unknown staff  2 1 short-team-name',
      'error missing-field staff  3 1 short-team-name',
    ])
    expect(result.problems[0]?.message).toBe(
      'staff row names team "ZZ", which no inventory record has',
    )
    expect(result.records[0]?.staff?.map((member) => member.name)).toEqual([
      'Ann',
      'Lower Case Team Name',
    ])
  })

  it('needs a short-team-name column in the staff CSV', () => {
    const result = parseInventory({
      text: 'short-team-name\nA\n',
      format: 'csv',
      staffCsv: 'name\nAnn\n',
    })
    expect(summarize(result.problems)).toEqual(['error missing-field staff    short-team-name'])
  })

  it('warns once per unknown column and keeps the values', () => {
    const text = 'short-team-name,budget,-ti-status\nA,100k,Listed\nB,200k,Accredited\n'
    const staff = 'short-team-name,name,shoe_size\nA,Ann,38\n'
    const result = parseInventory({ text, format: 'csv', staffCsv: staff })
    expect(summarize(result.problems)).toEqual([
      'warning unknown-field inventory   2 budget',
      'warning unknown-field staff   3 shoe_size',
    ])
    expect(result.records[0]).toMatchObject({ budget: '100k', '-ti-status': 'Listed' })
    expect(result.records[0]?.staff?.[0]).toMatchObject({ shoe_size: '38' })
  })

  it('detects duplicate short names', () => {
    const result = parseInventory({ text: 'short-team-name\nA\nB\na\n', format: 'csv' })
    expect(summarize(result.problems)).toEqual([
      'error duplicate-short-team-name inventory 2 3 1 short-team-name',
    ])
  })

  it('reports CSV syntax errors with their row', () => {
    const result = parseInventory({
      text: 'short-team-name,email\nA,a@x.org\n"B,b@x.org\n',
      format: 'csv',
    })
    expect(result.problems.filter((p) => p.code === 'syntax-error')).toMatchObject([
      { severity: 'error', row: 2, input: 'inventory' },
    ])
  })

  it('keeps row numbers stable across blank rows and warns about extra cells', () => {
    const text = 'short-team-name,email\nA,a@x.org\n\nB,not-mail,extra\n'
    expect(summarize(parseInventory({ text, format: 'csv' }).problems)).toEqual([
      'warning field-count inventory  3  ',
      'error invalid-value inventory 1 3 2 email',
    ])
  })

  it('reports header problems', () => {
    const text = 'short-team-name,email,,email\nA,a@x.org,,b@x.org\n'
    expect(summarize(parseInventory({ text, format: 'csv' }).problems)).toEqual([
      'warning empty-header inventory   3 ',
      'error duplicate-header inventory   4 email',
    ])
  })
})
