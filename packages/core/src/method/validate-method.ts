/**
 * The structural checks behind `validateMethod` (see `../method.ts`).
 *
 * @packageDocumentation
 */

import { ACTIVITY_IDS, type MethodDefinition } from '../method-types.js'
import type { MethodIssue } from './method-issue.js'
import { checkScoringRules } from './validate-scoring.js'

/** Runs every check and returns the issues in definition order. */
export function validateMethodStructure(method: MethodDefinition): MethodIssue[] {
  const issues: MethodIssue[] = []
  if (method.version.trim() === '') {
    issues.push({ code: 'invalid-version', path: 'version', message: 'The version id is empty.' })
  }
  const lists = ['drivers', 'answers', 'bands', 'phases', 'activities', 'artifacts'] as const
  for (const list of lists) {
    issues.push(...checkDuplicates(list, method[list]))
  }
  issues.push(...checkDuplicates('worksheets', method.worksheets))
  issues.push(...checkDrivers(method), ...checkAnswers(method), ...checkBands(method))
  issues.push(...checkReferences(method), ...checkScoringRules(method))
  return issues
}

function checkDuplicates(list: string, items: ReadonlyArray<{ id: string }>): MethodIssue[] {
  const seen = new Set<string>()
  const issues: MethodIssue[] = []
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      issues.push({
        code: 'duplicate-id',
        path: `${list}[${index}].id`,
        message: `Duplicate id "${item.id}" in ${list}.`,
      })
    }
    seen.add(item.id)
  })
  return issues
}

function checkDrivers(method: MethodDefinition): MethodIssue[] {
  if (method.drivers.length === 0) {
    return [{ code: 'empty-driver-set', path: 'drivers', message: 'The method has no drivers.' }]
  }
  const issues: MethodIssue[] = []
  method.drivers.forEach((driver, index) => {
    if (!Number.isFinite(driver.weight) || driver.weight <= 0) {
      issues.push({
        code: 'invalid-weight',
        path: `drivers[${index}].weight`,
        message: `Driver ${driver.id} has weight ${driver.weight}; weights must be finite and > 0.`,
      })
    }
    if (driver.number !== index + 1) {
      issues.push({
        code: 'invalid-driver-number',
        path: `drivers[${index}].number`,
        message: `Driver ${driver.id} is at position ${index + 1} but numbered ${driver.number}.`,
      })
    }
  })
  return issues
}

// Sensitivity and consensus move along the scale by step, and scoring assumes a better answer never
// has a lower value, so the scale must be 0..n-1 in order with strictly increasing values.
function checkAnswers(method: MethodDefinition): MethodIssue[] {
  const issues: MethodIssue[] = []
  if (method.answers.length < 2) {
    issues.push({
      code: 'invalid-answer-scale',
      path: 'answers',
      message: 'The answer scale needs at least two answers.',
    })
  }
  method.answers.forEach((answer, index) => {
    const previous = method.answers[index - 1]
    const badValue = !(answer.value >= 0 && answer.value <= 100)
    if (answer.step !== index || badValue || (previous && answer.value <= previous.value)) {
      issues.push({
        code: 'invalid-answer-scale',
        path: `answers[${index}]`,
        message: `Answer ${answer.id} must have step ${index} and a value in 0-100 above the previous answer's.`,
      })
    }
  })
  return issues
}

function checkBands(method: MethodDefinition): MethodIssue[] {
  const issues: MethodIssue[] = []
  const ordered = method.bands
    .map((band, position) => ({ band, position }))
    .sort((a, b) => a.band.min - b.band.min)
  ordered.forEach(({ band, position }, rank) => {
    const path = `bands[${position}]`
    if (!Number.isInteger(band.min) || !Number.isInteger(band.max) || band.min > band.max) {
      issues.push({
        code: 'band-out-of-range',
        path,
        message: `Band ${band.id} must have integer bounds with min <= max (${band.min}-${band.max}).`,
      })
    }
    if (band.index !== rank) {
      issues.push({
        code: 'invalid-band-index',
        path: `${path}.index`,
        message: `Band ${band.id} is band ${rank} from the bottom but has index ${band.index}.`,
      })
    }
    const expectedMin = rank === 0 ? 0 : (ordered[rank - 1]?.band.max ?? 0) + 1
    if (band.min > expectedMin) {
      issues.push({
        code: 'band-gap',
        path: `${path}.min`,
        message: `Totals ${expectedMin}-${band.min - 1} fall in no band (before ${band.id}).`,
      })
    } else if (band.min < expectedMin) {
      const code = rank === 0 ? 'band-out-of-range' : 'band-overlap'
      issues.push({
        code,
        path: `${path}.min`,
        message: `Band ${band.id} starts at ${band.min}, expected ${expectedMin}.`,
      })
    }
  })
  const top = ordered.at(-1)
  if (top && top.band.max !== 100) {
    issues.push({
      code: top.band.max < 100 ? 'band-gap' : 'band-out-of-range',
      path: `bands[${top.position}].max`,
      message: `The top band ${top.band.id} ends at ${top.band.max}; the bands must cover 0-100.`,
    })
  }
  return issues
}

function checkReferences(method: MethodDefinition): MethodIssue[] {
  const issues: MethodIssue[] = []
  const artifacts = new Set(method.artifacts.map((artifact) => artifact.id))
  const worksheets = new Set<string>(method.worksheets.map((worksheet) => worksheet.id))
  const phases = new Set<string>(method.phases.map((phase) => phase.id))
  const activities = new Set<string>(method.activities.map((activity) => activity.id))
  const unknownArtifact = (path: string, id: string) =>
    issues.push({ code: 'unknown-artifact', path, message: `Unknown artefact "${id}".` })
  const roles = ['inputs', 'outputs', 'constraints', 'resources'] as const
  method.phases.forEach((phase, index) => {
    for (const role of roles) {
      phase[role].forEach((id, at) => {
        if (!artifacts.has(id)) unknownArtifact(`phases[${index}].${role}[${at}]`, id)
      })
    }
  })
  const links = ['consumes', 'produces', 'constraints', 'resources'] as const
  method.activities.forEach((activity, index) => {
    const path = `activities[${index}]`
    if (!phases.has(activity.phase)) {
      issues.push({
        code: 'unknown-phase',
        path: `${path}.phase`,
        message: `Activity ${activity.id} is in unknown phase "${activity.phase}".`,
      })
    }
    for (const link of links) {
      activity[link].forEach((id, at) => {
        if (!artifacts.has(id)) unknownArtifact(`${path}.${link}[${at}]`, id)
      })
    }
    activity.worksheets.forEach((id, at) => {
      if (!worksheets.has(id)) {
        issues.push({
          code: 'unknown-worksheet',
          path: `${path}.worksheets[${at}]`,
          message: `Activity ${activity.id} uses unknown worksheet "${id}".`,
        })
      }
    })
  })
  for (const id of ACTIVITY_IDS) {
    if (!activities.has(id)) {
      issues.push({
        code: 'missing-activity',
        path: 'activities',
        message: `Activity ${id} is missing.`,
      })
    }
  }
  method.worksheets.forEach((worksheet, index) => {
    worksheet.activities.forEach((id, at) => {
      if (!activities.has(id)) {
        issues.push({
          code: 'unknown-activity',
          path: `worksheets[${index}].activities[${at}]`,
          message: `Worksheet ${worksheet.id} refers to unknown activity "${id}".`,
        })
      }
    })
  })
  return issues
}
