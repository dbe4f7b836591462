/**
 * Looks up an inventory's service entries in the catalogues of `service-catalogues.ts`: FIRST
 * numbers (sub-service numbers such as `6.1.2` belong to their service), FIRST area and service
 * names, CERT/CC and handbook names. A CERT name given under `first-v2.1` is a legacy name: it is
 * accepted and mapped through the `[INF]` crosswalk, and the caller warns about it.
 *
 * @packageDocumentation
 */
import {
  type CatalogueService,
  CERT_LEGACY_CATALOGUE,
  FIRST_V2_1_CATALOGUE,
  type ServiceCatalogue,
} from './service-catalogues.js'
import type { ImcFunction, ServiceFramework } from './vocabularies.js'

/** What a service entry refers to. */
export interface ResolvedService {
  /** The catalogue entry the value names. */
  service: CatalogueService
  /** `legacy`: a CERT/handbook name given under `first-v2.1`, mapped to `mappedTo`. */
  via: 'number' | 'name' | 'legacy'
  /** FIRST numbers a legacy name maps to (`[INF]` crosswalk); empty when there is none. */
  mappedTo: readonly string[]
  functions: readonly ImcFunction[]
}

/** Case, punctuation and spacing do not matter when names are compared. */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

function indexByName(catalogue: ServiceCatalogue): ReadonlyMap<string, CatalogueService> {
  const index = new Map<string, CatalogueService>()
  for (const service of catalogue.services) {
    for (const name of [service.name, ...(service.aliases ?? [])]) index.set(nameKey(name), service)
  }
  return index
}

// Built once from constant data and never changed afterwards.
const FIRST_BY_NAME = indexByName(FIRST_V2_1_CATALOGUE)
const FIRST_BY_NUMBER: ReadonlyMap<string, CatalogueService> = new Map(
  FIRST_V2_1_CATALOGUE.services.map((service) => [service.id, service]),
)
const CERT_BY_NAME = indexByName(CERT_LEGACY_CATALOGUE)

/** Resolves one entry of `services.offered` / `services.core`; null when the catalogue lacks it. */
export function resolveService(framework: ServiceFramework, value: string): ResolvedService | null {
  const trimmed = value.trim()
  if (framework === 'first-v2.1') {
    const number = /^(\d+)(?:\.(\d+))?(?:\.\d+)*$/.exec(trimmed)
    if (number) {
      const key = number[2] === undefined ? (number[1] ?? '') : `${number[1]}.${number[2]}`
      const service = FIRST_BY_NUMBER.get(key)
      return service ? { service, via: 'number', mappedTo: [], functions: service.functions } : null
    }
    const named = FIRST_BY_NAME.get(nameKey(trimmed))
    if (named) return { service: named, via: 'name', mappedTo: [], functions: named.functions }
  }
  const legacy = CERT_BY_NAME.get(nameKey(trimmed))
  if (!legacy) return null
  return {
    service: legacy,
    via: framework === 'first-v2.1' ? 'legacy' : 'name',
    mappedTo: legacy.first ?? [],
    functions: legacy.functions,
  }
}
