/**
 * Flattens a method's human texts and a translation's pairs onto the same dotted paths
 * (`drivers.D3.prompts.1`, `worksheets.handout.fields.question`), so that a check can compare them
 * one to one without knowing the method's structure twice.
 *
 * @packageDocumentation
 */
import type { MethodDefinition } from '../method-types.js'
import type { MethodTranslation, TranslatedText } from './translation-types.js'

/** One English text of a method at its path. */
export interface MethodText {
  path: string
  en: string
}

/** One translated pair of a translation at its path. */
export interface TranslationText extends TranslatedText {
  path: string
}

/** Lists every human text of an (English) method with its path, in method order. */
export function listMethodTexts(method: MethodDefinition): MethodText[] {
  const texts: MethodText[] = [
    { path: 'name', en: method.name },
    { path: 'description', en: method.description },
  ]
  const add = (path: string, en: string | undefined) => {
    if (en !== undefined) texts.push({ path, en })
  }
  for (const driver of method.drivers) {
    add(`drivers.${driver.id}.shortName`, driver.shortName)
    add(`drivers.${driver.id}.question`, driver.question.text)
    for (const [i, prompt] of driver.prompts.entries()) {
      add(`drivers.${driver.id}.prompts.${i}`, prompt.text)
    }
  }
  for (const answer of method.answers) {
    add(`answers.${answer.id}.label`, answer.label)
    add(`answers.${answer.id}.criteria`, answer.criteria?.text)
  }
  for (const code of method.effectCodes) {
    add(`effectCodes.${code.code}.name`, code.name)
    add(`effectCodes.${code.code}.meaning`, code.meaning)
  }
  for (const band of method.bands) {
    add(`bands.${band.id}.label`, band.label)
    add(`bands.${band.id}.meaning`, band.meaning)
  }
  for (const phase of method.phases) add(`phases.${phase.id}.name`, phase.name)
  for (const activity of method.activities) add(`activities.${activity.id}.name`, activity.name)
  for (const artifact of method.artifacts) {
    add(`artifacts.${artifact.id}.name`, artifact.name)
    add(`artifacts.${artifact.id}.note`, artifact.note)
  }
  for (const worksheet of method.worksheets) {
    add(`worksheets.${worksheet.id}.name`, worksheet.name)
    add(`worksheets.${worksheet.id}.purpose`, worksheet.purpose)
    for (const field of worksheet.fields) {
      add(`worksheets.${worksheet.id}.fields.${field.id}`, field.label)
    }
  }
  return texts
}

/** Lists every pair of a translation with its path, on the paths {@link listMethodTexts} uses. */
export function listTranslationTexts(translation: MethodTranslation): TranslationText[] {
  const texts: TranslationText[] = []
  const add = (path: string, pair: TranslatedText | undefined) => {
    if (pair !== undefined) texts.push({ path, en: pair.en, text: pair.text })
  }
  add('name', translation.name)
  add('description', translation.description)
  for (const [id, driver] of Object.entries(translation.drivers)) {
    add(`drivers.${id}.shortName`, driver.shortName)
    add(`drivers.${id}.question`, driver.question)
    for (const [i, prompt] of driver.prompts.entries()) add(`drivers.${id}.prompts.${i}`, prompt)
  }
  for (const [id, answer] of Object.entries(translation.answers)) {
    add(`answers.${id}.label`, answer.label)
    add(`answers.${id}.criteria`, answer.criteria)
  }
  for (const [code, effect] of Object.entries(translation.effectCodes)) {
    add(`effectCodes.${code}.name`, effect.name)
    add(`effectCodes.${code}.meaning`, effect.meaning)
  }
  for (const [id, band] of Object.entries(translation.bands)) {
    add(`bands.${id}.label`, band.label)
    add(`bands.${id}.meaning`, band.meaning)
  }
  for (const [id, phase] of Object.entries(translation.phases)) add(`phases.${id}.name`, phase.name)
  for (const [id, activity] of Object.entries(translation.activities)) {
    add(`activities.${id}.name`, activity.name)
  }
  for (const [id, artifact] of Object.entries(translation.artifacts)) {
    add(`artifacts.${id}.name`, artifact.name)
    add(`artifacts.${id}.note`, artifact.note)
  }
  for (const [id, worksheet] of Object.entries(translation.worksheets)) {
    add(`worksheets.${id}.name`, worksheet.name)
    add(`worksheets.${id}.purpose`, worksheet.purpose)
    for (const [fieldId, label] of Object.entries(worksheet.fields)) {
      add(`worksheets.${id}.fields.${fieldId}`, label)
    }
  }
  return texts
}
