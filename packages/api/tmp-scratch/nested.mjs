import { createDisposableDatabase } from '@immd/db/disposable-database'

for (const engine of ['sqlite', 'postgresql']) {
  const db = await createDisposableDatabase({ engine })
  const p = db.prisma
  try {
    await p.$transaction(async (tx) => {
      await tx.organization.create({ data: { slug: 'a', name: 'A' } })
      await tx.$transaction(async (tx2) => {
        await tx2.organization.create({ data: { slug: 'b', name: 'B' } })
      })
      try {
        await tx.$transaction(async (tx2) => {
          await tx2.organization.create({ data: { slug: 'c', name: 'C' } })
          throw new Error('inner')
        })
      } catch (e) {
        console.log('inner caught', e.message)
      }
      console.log(
        engine,
        'inside',
        (await tx.organization.findMany()).map((o) => o.slug),
      )
      throw new Error('outer')
    })
  } catch (e) {
    console.log('outer', e.message)
  }
  console.log(
    engine,
    'after',
    (await p.organization.findMany()).map((o) => o.slug),
  )
  await db.close()
}
