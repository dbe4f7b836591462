/**
 * What `portfolioStatistics` is filtered and bucketed by: the IMC descriptors of the inventory
 * (organizational model, country, constituency, size band), the period, and the age buckets.
 *
 * @packageDocumentation
 */
import { ORGANIZATIONAL_MODELS } from '@immd/core/inventory/vocabularies'
import { z } from 'zod'
import { builder } from '../builder.js'
import { OrganizationRef } from './organization.js'

const upper = (id: string) => id.toUpperCase().replace(/[^A-Z0-9]+/g, '_')

/** The organizational model of an IMC, from its inventory records. */
export const OrganizationalModelEnum = builder.enumType('OrganizationalModel', {
  description: 'The CSIRT organizational models of the SEI handbook (domain reference §7.1).',
  values: Object.fromEntries(ORGANIZATIONAL_MODELS.map((id) => [upper(id), { value: id }])),
})

/** An IMC's size band by its listed staff. */
export const SizeBandEnum = builder.enumType('SizeBand', {
  description:
    'Size of an IMC by staff listed in its inventory records (`[DESIGN]`): SMALL below 5, MEDIUM 5-19, LARGE 20 and more.',
  values: {
    SMALL: { value: 'small' },
    MEDIUM: { value: 'medium' },
    LARGE: { value: 'large' },
  } as const,
})

/** How long ago an engagement was created, in the buckets the statistics count. */
export const AgeBucketEnum = builder.enumType('EngagementAgeBucket', {
  description: 'Time since the engagement was created.',
  values: {
    UNDER_30_DAYS: { value: 'under-30-days', description: 'Created less than 30 days ago.' },
    DAYS_30_TO_89: { value: '30-to-89-days', description: 'Created 30 to 89 days ago.' },
    DAYS_90_TO_364: { value: '90-to-364-days', description: 'Created 90 to 364 days ago.' },
    A_YEAR_OR_MORE: { value: 'a-year-or-more', description: 'Created 365 days ago or earlier.' },
  } as const,
})

/** Which engagements `portfolioStatistics` counts. */
export const PortfolioStatisticsFilter = builder.inputType('PortfolioStatisticsFilter', {
  description:
    'Every given condition must hold; list conditions match any of their values. Only your own organizations are counted.',
  fields: (t) => ({
    organizationId: t.globalID({
      for: OrganizationRef,
      description:
        'Only this organization; one you are not a member of matches nothing (like an organization without engagements).',
    }),
    organizationalModel: t.field({
      type: [OrganizationalModelEnum],
      description: 'Organizational models of the IMC (from its inventory records).',
    }),
    country: t.stringList({
      description: 'ISO 3166-1 alpha-2 codes of the IMC (from its inventory records).',
      validate: z
        .array(z.string().regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code'))
        .max(50),
    }),
    constituency: t.stringList({
      description:
        'Constituency as in the inventory records (case-insensitive), e.g. `enterprise`.',
      validate: z.array(z.string().trim().min(1).max(200)).max(50),
    }),
    sizeBand: t.field({
      type: [SizeBandEnum],
      description: 'Size bands of the IMC by staff listed in its inventory records.',
    }),
    createdFrom: t.field({ type: 'DateTime', description: 'Period: created at or after.' }),
    createdTo: t.field({ type: 'DateTime', description: 'Period: created before.' }),
  }),
})
