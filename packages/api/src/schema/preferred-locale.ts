/**
 * The console language of a user (issue #19): the `Locale` enum, `User.preferredLocale` and the
 * audited `setPreferredLocale` mutation. It is a preference of the signed-in account, not
 * engagement data: it never changes what an engagement holds, so the communicated-results lock
 * does not apply to it.
 *
 * @packageDocumentation
 */
import { actorOf, writeAudited } from '../audit.js'
import { recordAccountEvent } from '../auth/account-audit.js'
import { builder } from '../builder.js'
import { LocaleEnum } from './locale-enum.js'

/** The languages of the console; stored lower-case (`en`, `fr`, `de`) on the user. */
export const LOCALES = ['en', 'fr', 'de'] as const
export type StoredLocale = (typeof LOCALES)[number]

/** Reads a stored code; anything unknown (a code an older version wrote) counts as unset. */
function readLocale(value: string | null): StoredLocale | null {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as StoredLocale) : null
}

builder.prismaObjectFields('User', (t) => ({
  preferredLocale: t.field({
    type: LocaleEnum,
    nullable: true,
    description:
      "The console language the user chose; null: the console follows the browser's language.",
    select: { preferredLocale: true },
    resolve: (user) => readLocale(user.preferredLocale),
  }),
}))

const SetPreferredLocaleInput = builder.inputType('SetPreferredLocaleInput', {
  description: "Sets the signed-in user's console language.",
  fields: (t) => ({
    locale: t.field({
      type: LocaleEnum,
      required: true,
      description: 'The language the console shows to this user from now on, on every device.',
    }),
  }),
})

const SetPreferredLocalePayload = builder
  .objectRef<{ userId: string }>('SetPreferredLocalePayload')
  .implement({
    description:
      'What setPreferredLocale returns; the change (before and after) is audited as `user.preferred-locale`.',
    authScopes: { session: true },
    fields: (t) => ({
      user: t.prismaField({
        type: 'User',
        description: 'The signed-in user, whose `preferredLocale` reflects the change.',
        resolve: (query, payload, _args, ctx) =>
          ctx.db.prisma.user.findUniqueOrThrow({ ...query, where: { id: payload.userId } }),
      }),
    }),
  })

builder.mutationField('setPreferredLocale', (t) =>
  t.field({
    type: SetPreferredLocalePayload,
    description:
      "Sets the signed-in user's console language (a personal preference, not engagement data). Console sessions only; audited.",
    args: { input: t.arg({ type: SetPreferredLocaleInput, required: true }) },
    // The language is chosen in the console: a cookie session, as for `changePassword`.
    authScopes: { session: true },
    resolve: (_root, { input }, ctx) => {
      const { viewer } = ctx
      const userId = viewer.kind === 'user' ? viewer.userId : ''
      return writeAudited(ctx, async (tx) => {
        const before = await tx.user.findUniqueOrThrow({
          where: { id: userId },
          select: { preferredLocale: true },
        })
        await tx.user.update({ where: { id: userId }, data: { preferredLocale: input.locale } })
        // An account event: each organization of the user sees it in its audit log.
        await recordAccountEvent(tx, {
          userId,
          actor: actorOf(viewer),
          operation: 'user.preferred-locale',
          targetType: 'User',
          targetId: userId,
          before: { preferredLocale: readLocale(before.preferredLocale) },
          after: { preferredLocale: input.locale },
        })
        return {
          result: { userId },
          audit: {
            operation: 'user.preferred-locale',
            targetType: 'User',
            targetId: userId,
            organizationId: null,
            recorded: true,
          },
        }
      })
    },
  }),
)
