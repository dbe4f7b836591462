/**
 * Controlled vocabularies of the CSIRT inventory record (domain reference §7, §8).
 *
 * Each list says where it comes from: `[GIRT]` lists are read from the Global IRT repository, the
 * `[DESIGN]` lists are our own proposal for the IMMD extensions of the record (§8.2).
 *
 * @packageDocumentation
 */

/**
 * CSIRT types of the Global IRT vocabulary (`cert-types/latest.txt`, `[GIRT]`, read). Matching is
 * case-insensitive; parsed records carry the spelling below.
 */
export const GIRT_CERT_TYPES = [
  'NREN',
  'PSIRT',
  'national',
  'sector',
  'government',
  'enterprise',
  'as a service',
  'PIRT',
  'publicly funded',
] as const

/** One Global IRT CSIRT type. */
export type GirtCertType = (typeof GIRT_CERT_TYPES)[number]

/** Organizational models of the SEI handbook (§7.1); the key spelling is `[DESIGN]`. */
export const ORGANIZATIONAL_MODELS = [
  'security_team',
  'internal_distributed',
  'internal_centralized',
  'combined',
  'coordinating',
  'other',
] as const

/** One organizational model. */
export type OrganizationalModel = (typeof ORGANIZATIONAL_MODELS)[number]

/** Authority levels (`[FIRST-COURSE]` Module 2, read; key spelling `[DESIGN]`). */
export const AUTHORITY_LEVELS = ['full', 'shared', 'none'] as const

/** One authority level. */
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number]

/** The four IMC functions (`[SEED-IMMD]`, read). */
export const IMC_FUNCTIONS = ['protect', 'detect', 'respond', 'sustain'] as const

/** One IMC function. */
export type ImcFunction = (typeof IMC_FUNCTIONS)[number]

/** Triage arrangements of the distributed model (§7.4 options read, key spelling `[DESIGN]`). */
export const TRIAGE_OPTIONS = [
  'central_csirt_helpdesk',
  'central_org_helpdesk',
  'local_member',
  'mixed',
] as const

/** One triage arrangement. */
export type TriageOption = (typeof TRIAGE_OPTIONS)[number]

/** Service catalogues an inventory entry can refer to (`[DESIGN]`). */
export const SERVICE_FRAMEWORKS = ['first-v2.1', 'cert-legacy'] as const

/** One service catalogue. */
export type ServiceFramework = (typeof SERVICE_FRAMEWORKS)[number]

/**
 * The services of each catalogue, with their sources, live in `service-catalogues.ts` (FIRST v2.1
 * areas and services, the CERT/CC list and the handbook's chapter-5 names).
 */

/**
 * Officially assigned ISO 3166-1 alpha-2 codes (249), plus `EU`, which is "exceptionally reserved"
 * and used by CERT-EU in CSIRT directories.
 */
export const ISO_3166_ALPHA2_CODES: readonly string[] = [
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ',
  'BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ',
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ',
  'DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR',
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU',
  'ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ',
  'LA LB LC LI LK LR LS LT LU LV LY',
  'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ',
  'NA NC NE NF NG NI NL NO NP NR NU NZ OM',
  'PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW',
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ',
  'TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ',
  'VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW EU',
]
  .join(' ')
  .split(' ')
