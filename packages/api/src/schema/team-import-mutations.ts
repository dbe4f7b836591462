/**
 * `importTeams`: a CSIRT inventory (JSON records, or CSV / JSON / YAML text with an optional staff
 * CSV) into an organization's teams, all or nothing, optionally with one draft engagement per IMC.
 * Invalid inventories answer `InventoryValidationError` listing every problem and write nothing.
 *
 * @packageDocumentation
 */
import type { InventoryProblem } from '@immd/core/inventory/parse-inventory'
import { queryInChunks } from '@immd/db/id-chunks'
import { z } from 'zod'
import { builder } from '../builder.js'
import { NotFoundError, ValidationError } from '../errors.js'
import {
  type ImportPlanningWarning,
  type ImportTeamsOutcome,
  InventoryValidationError,
  importTeams,
} from '../mutations/import-teams.js'
import { ErrorInterface } from './errors.js'
import { OrganizationRef } from './organization.js'

export const InventoryFormatEnum = builder.enumType('InventoryFormat', {
  values: { CSV: { value: 'csv' }, JSON: { value: 'json' }, YAML: { value: 'yaml' } } as const,
})

export const ImportProblemRef = builder.objectRef<InventoryProblem>('ImportProblem').implement({
  description: 'One problem of an inventory, with where it is (positions are 1-based).',
  fields: (t) => ({
    severity: t.exposeString('severity', {
      description: '`error` (blocks the import) or `warning`.',
    }),
    code: t.exposeString('code', {
      description: 'e.g. missing-field, invalid-value, syntax-error.',
    }),
    message: t.exposeString('message'),
    record: t.exposeInt('record', {
      nullable: true,
      description: '0-based index of the record in the input.',
    }),
    field: t.exposeString('field', { nullable: true, description: 'e.g. `staff[2].fte`.' }),
    line: t.exposeInt('line', {
      nullable: true,
      description: 'JSON/YAML line (for `records`, of the records printed as indented JSON).',
    }),
    column: t.exposeInt('column', { nullable: true }),
    row: t.exposeInt('row', {
      nullable: true,
      description: 'CSV data row, 1 = first after header.',
    }),
    input: t.exposeString('input', { nullable: true, description: '`inventory` or `staff`.' }),
    rule: t.exposeString('rule', {
      nullable: true,
      description:
        'The rule broken: for invalid-value e.g. `type`, `one-of`, `country-code`, `email`, `iso-date`; for missing-field `required`, `staff-team-column`, `staff-row-team`; for unknown-field `key` or `column`; for syntax-error `parser` or `unterminated-quote`.',
    }),
    value: t.exposeString('value', {
      nullable: true,
      description: 'The offending value as written (a service, a team name, a header, a value).',
    }),
    expectedType: t.exposeString('expectedType', {
      nullable: true,
      description: 'Rule `type`: the JSON type expected (`string`, `number`, `array`, `object`).',
    }),
    allowed: t.exposeStringList('allowed', {
      nullable: true,
      description: 'Rule `one-of`: the values allowed.',
    }),
    invalidItems: t.exposeStringList('invalidItems', {
      nullable: true,
      description: 'Rule `emails`: the list items that are not e-mail addresses.',
    }),
    catalogue: t.exposeString('catalogue', {
      nullable: true,
      description: 'unknown-service, legacy-service-name: the service catalogue.',
    }),
    mappedTo: t.exposeStringList('mappedTo', {
      nullable: true,
      description: 'legacy-service-name: the FIRST v2.1 services it maps to (empty: none).',
    }),
    firstRecord: t.exposeInt('firstRecord', {
      nullable: true,
      description: 'duplicate-short-team-name: 0-based index of the record using the name first.',
    }),
    firstColumn: t.exposeInt('firstColumn', {
      nullable: true,
      description: 'duplicate-header: the column where the header appears first.',
    }),
    cells: t.exposeInt('cells', { nullable: true, description: 'field-count: cells in the row.' }),
    headerCells: t.exposeInt('headerCells', {
      nullable: true,
      description: 'field-count: cells in the header.',
    }),
    format: t.field({
      type: InventoryFormatEnum,
      nullable: true,
      description: 'syntax-error, json-not-strict: the format that failed to parse.',
      resolve: (problem) => problem.format ?? null,
    }),
    detail: t.exposeString('detail', {
      nullable: true,
      description: "syntax-error, json-not-strict: the parser's own words (technical, English).",
    }),
    parserCode: t.exposeString('parserCode', {
      nullable: true,
      description:
        'syntax-error, json-not-strict: what the parser found as a code (`trailing-comma`, `BAD_INDENT`, `TooManyFields`, …), to name it in any language; `value` holds the character it is about.',
    }),
  }),
})

export const ImportPlanningWarningRef = builder
  .objectRef<ImportPlanningWarning>('ImportPlanningWarning')
  .implement({
    description:
      'What the planner noticed about one IMC of the import: threshold, organizational model, authority, local contacts, IMC-function coverage.',
    fields: (t) => ({
      imcId: t.exposeString('imcId'),
      code: t.exposeString('code', {
        description:
          'e.g. threshold-not-set, threshold-conflict, no-incident-management-owner, shared-response-without-escalation, no-local-contact, imc-function-not-covered.',
      }),
      message: t.exposeString('message'),
      teams: t.exposeStringList('teams', { description: 'Short names of the teams concerned.' }),
      value: t.exposeString('value', {
        nullable: true,
        description:
          'The value the warning names: the threshold used (threshold-conflict), the unknown threshold, the manager (no-backup-manager), the person (duplicate-person), the model followed (model-conflict), the IMC function (imc-function-not-covered).',
      }),
      values: t.exposeStringList('values', {
        nullable: true,
        description:
          "Each team's threshold in `teams` order (threshold-conflict), the models named (model-conflict), the countries without a local contact (no-local-contact).",
      }),
      methodVersion: t.exposeString('methodVersion', {
        nullable: true,
        description: 'threshold-unknown: the method version whose bands were searched.',
      }),
    }),
  })

builder.objectType(InventoryValidationError, {
  name: 'InventoryValidationError',
  interfaces: [ErrorInterface],
  description: 'The inventory has errors; nothing was imported.',
  fields: (t) => ({
    recordCount: t.exposeInt('recordCount'),
    problems: t.field({
      type: [ImportProblemRef],
      description: 'Every problem, errors and warnings, in input order.',
      resolve: (error) => error.problems,
    }),
  }),
})

const ImportTeamsPayload = builder.objectRef<ImportTeamsOutcome>('ImportTeamsPayload').implement({
  fields: (t) => ({
    format: t.field({ type: InventoryFormatEnum, resolve: (outcome) => outcome.format }),
    created: t.exposeInt('created', { description: 'Teams that were new.' }),
    updated: t.exposeInt('updated', { description: 'Known teams whose record changed.' }),
    unchanged: t.exposeInt('unchanged', { description: 'Known teams with the same record.' }),
    teams: t.prismaField({
      type: ['Team'],
      description: 'The imported teams, in input order.',
      // Built after the commit: id lists are chunked below every engine's parameter limit, so
      // the answer about committed work cannot fail on its size.
      resolve: async (query, outcome, _args, ctx) => {
        const rows = await queryInChunks(outcome.teamIds, (ids) =>
          ctx.db.prisma.team.findMany({ ...query, where: { id: { in: ids } } }),
        )
        const byId = new Map(rows.map((row) => [row.id, row]))
        return outcome.teamIds.flatMap((id) => byId.get(id) ?? [])
      },
    }),
    engagements: t.prismaField({
      type: ['Engagement'],
      description: 'Draft engagements created (createEngagements: true), one per new IMC.',
      resolve: async (query, outcome, _args, ctx) => {
        const rows = await queryInChunks(outcome.engagementIds, (ids) =>
          ctx.db.prisma.engagement.findMany({ ...query, where: { id: { in: ids } } }),
        )
        // engagementIds are in creation order.
        const byId = new Map(rows.map((row) => [row.id, row]))
        return outcome.engagementIds.flatMap((id) => byId.get(id) ?? [])
      },
    }),
    existingImcIds: t.exposeStringList('existingImcIds', {
      description: 'IMCs that already had an engagement, so none was created.',
    }),
    warnings: t.field({
      type: [ImportProblemRef],
      description: 'Problems that did not block the import.',
      resolve: (outcome) => outcome.warnings,
    }),
    planningWarnings: t.field({
      type: [ImportPlanningWarningRef],
      description:
        'Planning warnings of every IMC in the import (also when no engagement is created).',
      resolve: (outcome) => outcome.planningWarnings,
    }),
  }),
})

const ImportTeamsInput = builder.inputType('ImportTeamsInput', {
  description: 'Give `records` (a JSON array of inventory records) or `text` in `format`.',
  fields: (t) => ({
    organizationId: t.globalID({ required: true, for: OrganizationRef }),
    records: t.field({ type: 'JSON', description: 'Inventory records (Global IRT keys + IMMD).' }),
    text: t.string({ validate: z.string().max(10_000_000) }),
    format: t.field({ type: InventoryFormatEnum, description: 'Detected when omitted.' }),
    staffCsv: t.string({
      validate: z.string().max(10_000_000),
      description: 'Staff rows keyed by short-team-name, joined onto the records.',
    }),
    createEngagements: t.boolean({
      defaultValue: false,
      description: 'Also plan one draft engagement per IMC that has none yet.',
    }),
  }),
})

builder.mutationField('importTeams', (t) =>
  t.field({
    type: ImportTeamsPayload,
    description:
      'Imports a CSIRT inventory, all or nothing; importing the same records again changes nothing.',
    args: { input: t.arg({ type: ImportTeamsInput, required: true }) },
    authScopes: (_root, { input }) => ({ writer: input.organizationId.id }),
    errors: {
      types: [InventoryValidationError, ValidationError, NotFoundError],
      directResult: true,
    },
    resolve: (_root, { input }, ctx) =>
      importTeams(ctx, { ...input, organizationId: input.organizationId.id }),
  }),
)
