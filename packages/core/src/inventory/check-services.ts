/**
 * Checks of the `services` field that the schema cannot express: services unknown to the chosen
 * catalogue and core services that are not offered. Both are warnings, because the domain reference
 * (§10) advises against enforcing service rules that were not read.
 *
 * @packageDocumentation
 */
import type { InventoryProblem } from './problems.js'
import type { InventoryRecord } from './record-schema.js'
import { CERT_LEGACY_SERVICES, FIRST_V2_1_SERVICES } from './vocabularies.js'

/** A services problem together with the path of the value it concerns. */
export interface ServicesFinding {
  path: PropertyKey[]
  problem: Pick<InventoryProblem, 'severity' | 'code' | 'message' | 'field'>
}

/** Lists the warnings about one record's `services`. */
export function checkServices(record: InventoryRecord): ServicesFinding[] {
  const services = record.services
  if (!services) return []
  const findings: ServicesFinding[] = []
  const framework = services.framework
  for (const list of ['offered', 'core'] as const) {
    ;(services[list] ?? []).forEach((service, position) => {
      if (framework === undefined || isKnownService(framework, service)) return
      findings.push({
        path: ['services', list, position],
        problem: {
          severity: 'warning',
          code: 'unknown-service',
          field: `services.${list}[${position}]`,
          message: `"${service}" is not a service of the ${framework} catalogue`,
        },
      })
    })
  }
  const offered = new Set((services.offered ?? []).map((service) => service.toLowerCase()))
  ;(services.core ?? []).forEach((service, position) => {
    if (offered.has(service.toLowerCase())) return
    findings.push({
      path: ['services', 'core', position],
      problem: {
        severity: 'warning',
        code: 'core-service-not-offered',
        field: `services.core[${position}]`,
        message: `core service "${service}" is not listed in services.offered`,
      },
    })
  })
  return findings
}

function isKnownService(framework: 'first-v2.1' | 'cert-legacy', service: string): boolean {
  if (framework === 'cert-legacy') {
    const wanted = service.trim().toLowerCase()
    return CERT_LEGACY_SERVICES.some((known) => known.toLowerCase() === wanted)
  }
  // Sub-service numbers (6.1.2) belong to a listed service (6.1).
  const match = /^(\d+\.\d+)(?:\.\d+)*$/.exec(service.trim())
  return match !== null && (FIRST_V2_1_SERVICES as readonly string[]).includes(match[1] ?? '')
}
