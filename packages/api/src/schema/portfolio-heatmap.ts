/**
 * The driver heatmap of `portfolioStatistics`: one page of engagements × drivers, each engagement
 * with its latest result and each driver's answer (issue #15). Split from
 * `portfolio-statistics.ts`, which pages it.
 *
 * @packageDocumentation
 */
import type { BandId } from '@immd/core/method-types'
import { encodeGlobalID } from '@pothos/plugin-relay'
import type { HeatmapCell, HeatmapRow } from '../analytics/driver-heatmap.js'
import { builder } from '../builder.js'
import { AnswerEnum, BandEnum, EngagementStateEnum } from './enums.js'

const HeatmapCellRef = builder.objectRef<HeatmapCell>('HeatmapCell').implement({
  description: "One engagement's answer to one driver in the heatmap.",
  fields: (t) => ({
    driverId: t.exposeString('driverId', { description: 'Id of the driver, e.g. `D1`.' }),
    answer: t.field({
      type: AnswerEnum,
      nullable: true,
      description: 'The evaluated answer; null when not evaluated yet or excluded.',
      resolve: (c) => c.answer,
    }),
    excluded: t.exposeBoolean('excluded', { description: 'Excluded by tailoring: no answer.' }),
  }),
})

const HeatmapRowRef = builder.objectRef<HeatmapRow>('HeatmapRow').implement({
  description: "One engagement of the heatmap with its latest result and each driver's answer.",
  fields: (t) => ({
    engagementId: t.id({
      description: 'The global id of the engagement.',
      resolve: (row) => encodeGlobalID('Engagement', row.engagementId),
    }),
    title: t.exposeString('title', { description: "The engagement's title (the sort key)." }),
    state: t.field({
      type: EngagementStateEnum,
      description: "The engagement's lifecycle state.",
      resolve: (row) => row.state as typeof EngagementStateEnum.$inferType,
    }),
    latestBand: t.field({
      type: BandEnum,
      nullable: true,
      description: 'Band of the latest stored result snapshot; null before the first result (A4).',
      resolve: (row) => row.latestBand as BandId | null,
    }),
    latestTotal: t.float({
      nullable: true,
      description: 'Total (0-100) of the latest stored result snapshot; null before the first.',
      resolve: (row) => row.latestTotal,
    }),
    cells: t.field({
      type: [HeatmapCellRef],
      description: 'One cell per driver evaluated in the engagement, in driver id order.',
      resolve: (row) => row.cells,
    }),
  }),
})

export const HeatmapPageRef = builder
  .objectRef<{ rows: HeatmapRow[]; endCursor: string | null; hasNextPage: boolean }>('HeatmapPage')
  .implement({
    description: 'One page of engagements × drivers, in title order.',
    fields: (t) => ({
      rows: t.field({
        type: [HeatmapRowRef],
        description: 'At most `first` engagements matching the filter.',
        resolve: (p) => p.rows,
      }),
      endCursor: t.exposeString('endCursor', {
        nullable: true,
        description:
          'Opaque cursor of the last row, to pass as `after` for the next page; null when the page is empty.',
      }),
      hasNextPage: t.exposeBoolean('hasNextPage', {
        description: 'Whether more engagements follow this page.',
      }),
    }),
  })

/** The most engagements one heatmap page holds (`first` is clamped to it). */
export const HEATMAP_MAX_PAGE = 100
