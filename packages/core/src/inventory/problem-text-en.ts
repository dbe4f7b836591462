/**
 * English inventory problem sentences: what went wrong, then what to do.
 *
 * @packageDocumentation
 */
import {
  formatName,
  type ProblemCatalogue,
  quoteList,
  ruleClause,
  seenValue,
} from './problem-text-helpers.js'

/** English sentences (the source language). */
export const PROBLEM_TEXT_EN: ProblemCatalogue = {
  problems: {
    'syntax-error': (p) =>
      p.rule === 'unterminated-quote'
        ? `A quote opened in column ${p.column ?? '?'} is never closed, so every later row would be read into that cell; nothing was read from this file. Close the quote (write "" for a quote inside a cell) and import again.`
        : `The ${formatName(p.format)} file has a syntax error (${p.detail ?? p.message}); nothing was read from it. Correct it at the place shown and import again.`,
    'json-not-strict': (p) =>
      `This is not strict JSON (${p.detail ?? p.message}); it was read leniently. Remove trailing commas and comments so that other tools read the file too.`,
    'unrecognised-shape': () =>
      'The file holds neither a list of team records, nor a single record, nor an object with a "teams" or "data" list. Give the records in one of these shapes.',
    'record-not-object': (p) =>
      `Record ${(p.record ?? 0) + 1} is not a set of field names and values. Write each team as a mapping such as {"short-team-name": "CERT-X", …}.`,
    'missing-field': (p) =>
      p.rule === 'staff-team-column'
        ? 'The staff CSV has no "short-team-name" column. Add one that names the team of each person.'
        : p.rule === 'staff-row-team'
          ? 'This staff row names no team. Fill in its "short-team-name".'
          : `"${p.field}" is required but empty or missing. Fill it in.`,
    'invalid-value': (p) =>
      p.rule === 'staff-not-list'
        ? '"staff" is not a list, so the staff CSV rows cannot be added to it. Write "staff" as a list or remove it.'
        : `The value${seenValue(p)} of "${p.field}" is not valid: it ${ruleClause(PROBLEM_TEXT_EN, p)}. Correct it.`,
    'unknown-field': (p) =>
      p.rule === 'key'
        ? `The field "${p.field}" is not part of the inventory format; it is kept but not used. Check its spelling if it should count.`
        : `The column "${p.field}" is not part of the inventory format; it is kept but not used. Check its header if it should count.`,
    'unknown-service': (p) =>
      `"${p.value}" is not a service of the ${p.catalogue} catalogue. Use a service number or name from that catalogue, or set services.framework to the catalogue it comes from.`,
    'legacy-service-name': (p) =>
      (p.mappedTo ?? []).length > 0
        ? `"${p.value}" is a CERT/CC service name; under ${p.catalogue} it is read as ${(p.mappedTo ?? []).join(', ')} (crosswalk, inferred). Use the FIRST service numbers to be exact.`
        : `"${p.value}" is a CERT/CC service name with no FIRST v2.1 equivalent (crosswalk, inferred). Replace it with the closest FIRST service or remove it.`,
    'core-service-not-offered': (p) =>
      `The core service "${p.value}" is not listed in services.offered. Add it there, or remove it from services.core.`,
    'duplicate-short-team-name': (p) =>
      `The short team name "${p.value}" is already used by record ${(p.firstRecord ?? 0) + 1}. Give each team its own short name (names are compared without case).`,
    'duplicate-header': (p) =>
      `The column "${p.value}" appears twice (first in column ${p.firstColumn}). Remove or rename one of them.`,
    'empty-header': (p) =>
      `Column ${p.column} has no header, so its cells are ignored. Name the column or delete it.`,
    'field-count': (p) =>
      `This row has ${p.cells} cells but the header has ${p.headerCells}; the extra cells are ignored. Check for an unquoted comma in a cell.`,
    'staff-team-unknown': (p) =>
      `This staff row names the team "${p.value}", which no inventory record has. Correct the name or add the team to the inventory.`,
    'empty-inventory': () =>
      'The inventory holds no team records. Choose the file that lists the teams.',
  },
  rules: {
    type: (p) => `must be ${/^[aeiou]/.test(p.expectedType ?? '') ? 'an' : 'a'} ${p.expectedType}`,
    'one-of': (p) => `must be one of ${quoteList(p.allowed)}`,
    'not-empty': () => 'must not be empty',
    'no-nul': () => 'must not contain a NUL character',
    'country-code': () => 'must be an ISO 3166-1 alpha-2 country code such as DE or LU',
    'country-name': () =>
      'must be an ISO 3166-1 alpha-2 country code such as DE or LU, not a country name (put the name in "country")',
    email: () => 'must be an e-mail address',
    emails: (p) =>
      (p.invalidItems ?? []).length > 0
        ? `must be e-mail addresses separated by ";" (${quoteList(p.invalidItems)} is not one)`
        : 'must be an e-mail address, several separated by ";", or a list of them',
    authority: () => 'must be full, shared or none, or {analysis, response} with those values',
    'iso-date': () => 'must be an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY)',
    'hours-slot': () => 'must use slot keys such as mon_1_open or sun_2_close',
    time: () => 'must be a time such as 09:00',
    'fte-range': () => 'must be a number between 0 and 1 (a share of a full-time position)',
    'http-url': () => 'must be an http(s) URL',
    'language-code': () => 'must be an ISO 639-2 language code such as eng',
    'staff-not-list': () => 'must be a list',
    invalid: () => 'does not match the inventory format',
  },
  parser: null,
}
