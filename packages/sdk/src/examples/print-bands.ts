/**
 * Example: print every engagement's band for one organization.
 *
 * ```sh
 * IMMD_API_URL=http://localhost:4000/graphql IMMD_TOKEN=immd_… \
 *   node packages/sdk/dist/examples/print-bands.js [organization-slug]
 * ```
 *
 * @packageDocumentation
 */
import { createClient } from '../client.js'
import { ViewerDocument } from '../generated/graphql.js'
import { iterateEngagements } from '../paginate.js'

// The SDK itself uses no Node API; this script only reads its arguments and environment.
declare const process: {
  argv: string[]
  env: Record<string, string | undefined>
  exitCode?: number
}

async function main(): Promise<void> {
  const client = createClient({
    url: process.env.IMMD_API_URL ?? 'http://localhost:4000/graphql',
    token: process.env.IMMD_TOKEN,
  })
  const { viewer } = await client.request(ViewerDocument)
  const wanted = process.argv[2]
  const membership = (viewer.memberships ?? []).find(
    (m) => !wanted || m.organization.slug === wanted,
  )
  if (!membership) {
    console.error(`No organization ${wanted ?? ''} for this token.`)
    process.exitCode = 1
    return
  }
  const { organization } = membership
  console.log(`Engagements of ${organization.name}:`)
  const filter = { organizationId: organization.id }
  for await (const engagement of iterateEngagements(client, { filter })) {
    const band = engagement.latestBand ?? 'not scored'
    const total = engagement.latestTotal === null ? '' : ` (${engagement.latestTotal})`
    console.log(`${band.padEnd(10)}${total.padEnd(9)} ${engagement.title}`)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
