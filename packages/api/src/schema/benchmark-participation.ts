/**
 * Cross-organization benchmark participation (issue #15): `Organization.benchmarkParticipation`
 * and the admin-only, audited `setBenchmarkParticipation` mutation. While opted in, the
 * organization's engagements join cross-organization cohorts and it sees them, only as
 * k-anonymous aggregates.
 *
 * @packageDocumentation
 */
import { writeAudited } from '../audit.js'
import { builder } from '../builder.js'
import { OrganizationRef } from './organization.js'

const ParticipationRef = builder
  .objectRef<{ optedIn: boolean; optedInAt: Date | null }>('BenchmarkParticipation')
  .implement({
    description:
      "An organization's participation in cross-organization benchmarks: while opted in, its engagements join other opted-in organizations' cohorts, only as k-anonymous aggregates, and it may ask for them.",
    fields: (t) => ({
      optedIn: t.exposeBoolean('optedIn', {
        description:
          "Whether the organization takes part; false: its engagements count in no other organization's cohort.",
      }),
      optedInAt: t.expose('optedInAt', {
        type: 'DateTime',
        nullable: true,
        description: 'When an admin opted in; null while not opted in (opting out forgets it).',
      }),
    }),
  })

builder.prismaObjectFields('Organization', (t) => ({
  benchmarkParticipation: t.field({
    type: ParticipationRef,
    description: 'Whether the organization takes part in cross-organization benchmarks.',
    select: { benchmarkParticipation: { select: { optedInAt: true } } },
    resolve: (organization) => ({
      optedIn: organization.benchmarkParticipation !== null,
      optedInAt: organization.benchmarkParticipation?.optedInAt ?? null,
    }),
  }),
}))

const SetBenchmarkParticipationInput = builder.inputType('SetBenchmarkParticipationInput', {
  description: 'Opts one organization in to or out of cross-organization benchmarks.',
  fields: (t) => ({
    organizationId: t.globalID({
      required: true,
      for: OrganizationRef,
      description: 'Global id of the organization; you must be one of its admins.',
    }),
    optIn: t.boolean({
      required: true,
      description:
        'true: join cross-organization cohorts (k-anonymous aggregates only); false: leave them.',
    }),
  }),
})

const SetBenchmarkParticipationPayload = builder
  .objectRef<{ organizationId: string }>('SetBenchmarkParticipationPayload')
  .implement({
    description:
      'What setBenchmarkParticipation returns; the change (before and after) is audited as `organization.benchmark-participation`.',
    fields: (t) => ({
      organization: t.prismaField({
        type: 'Organization',
        description:
          'The organization, whose `benchmarkParticipation` reflects the change (setting the current value again changes nothing).',
        resolve: (query, payload, _args, ctx) =>
          ctx.db.prisma.organization.findUniqueOrThrow({
            ...query,
            where: { id: payload.organizationId },
          }),
      }),
    }),
  })

builder.mutationField('setBenchmarkParticipation', (t) =>
  t.field({
    type: SetBenchmarkParticipationPayload,
    description:
      'Opts an organization in to (or out of) cross-organization benchmarks. Admins only; audited.',
    args: { input: t.arg({ type: SetBenchmarkParticipationInput, required: true }) },
    authScopes: (_root, { input }) => ({ adminWriter: input.organizationId.id }),
    resolve: (_root, { input }, ctx) => {
      const organizationId = input.organizationId.id
      return writeAudited(ctx, async (tx) => {
        const before = await tx.benchmarkParticipation.findUnique({ where: { organizationId } })
        if (input.optIn && !before) {
          await tx.benchmarkParticipation.create({ data: { organizationId } })
        } else if (!input.optIn && before) {
          await tx.benchmarkParticipation.delete({ where: { organizationId } })
        }
        return {
          result: { organizationId },
          audit: {
            operation: 'organization.benchmark-participation',
            targetType: 'Organization',
            targetId: organizationId,
            organizationId,
            before: { optedIn: before !== null },
            after: { optedIn: input.optIn },
          },
        }
      })
    },
  }),
)
