/**
 * Checks of the `services` field that the schema cannot express: services unknown to the chosen
 * catalogue, legacy CERT/CC names under the FIRST framework (accepted, mapped, noted), and core
 * services that are not offered. All are warnings, because the domain reference (§10) advises
 * against enforcing service rules that were not read.
 *
 * @packageDocumentation
 */
import type { InventoryProblem } from './problems.js'
import type { InventoryRecord } from './record-schema.js'
import { resolveService } from './resolve-service.js'

/** A services problem together with the path of the value it concerns. */
export interface ServicesFinding {
  path: PropertyKey[]
  problem: Omit<InventoryProblem, 'record' | 'line' | 'column' | 'row' | 'input'>
}

/** Lists the warnings about one record's `services`. */
export function checkServices(record: InventoryRecord): ServicesFinding[] {
  const services = record.services
  if (!services) return []
  const findings: ServicesFinding[] = []
  const framework = services.framework
  for (const list of ['offered', 'core'] as const) {
    ;(services[list] ?? []).forEach((service, position) => {
      if (framework === undefined) return
      const field = `services.${list}[${position}]`
      const path = ['services', list, position]
      const resolved = resolveService(framework, service)
      if (resolved === null) {
        findings.push({
          path,
          problem: {
            severity: 'warning',
            code: 'unknown-service',
            field,
            value: service,
            catalogue: framework,
            message: `"${service}" is not a service of the ${framework} catalogue`,
          },
        })
      } else if (resolved.via === 'legacy' && list === 'offered') {
        const target =
          resolved.mappedTo.length > 0
            ? `maps to ${resolved.mappedTo.join(', ')} (crosswalk, inferred)`
            : 'has no FIRST v2.1 equivalent (crosswalk, inferred)'
        findings.push({
          path,
          problem: {
            severity: 'warning',
            code: 'legacy-service-name',
            field,
            value: service,
            catalogue: framework,
            mappedTo: [...resolved.mappedTo],
            message: `"${service}" is a CERT/CC service name; under first-v2.1 it ${target}`,
          },
        })
      }
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
        value: service,
        message: `core service "${service}" is not listed in services.offered`,
      },
    })
  })
  return findings
}
