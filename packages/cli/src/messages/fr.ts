/**
 * The French messages of `immd` (same keys and values as `en.ts`). Identifiers the user types or
 * scripts read stay as they are: option names, environment variables, state and band ids.
 *
 * @packageDocumentation
 */
import { describeInventoryProblem } from '@immd/core/inventory/problem-text'
import { describePlanningWarning } from '@immd/core/planning/warning-text'
import { type Catalogue, exclusionField, type ProblemPlace, type ScoreErrorText } from './en.js'

function describeScoreError(p: ScoreErrorText): string {
  switch (p.code) {
    case 'unknown-driver':
      return `cette version de la méthode n’a pas de driver «\u00a0${p.value}\u00a0».`
    case 'invalid-answer':
      return `«\u00a0${p.value}\u00a0» n’est pas une réponse\u00a0; répondez par ${p.allowed}, ou excluez le driver par une décision d’adaptation.`
    case 'unknown-threshold':
      return `«\u00a0${p.value}\u00a0» n’est pas un niveau de cette méthode\u00a0; utilisez ${p.allowed}.`
    case 'invalid-exclusion':
      switch (exclusionField(p.path)) {
        case 'driverId':
          return `le driver ${p.value} est exclu plus d’une fois.`
        case 'reason':
          return `l’exclusion de ${p.value} doit être justifiée.`
        case 'origin':
          return `l’exclusion de ${p.value} a une origine inconnue (tailoring ou migrated).`
      }
      return p.message
    default:
      return p.message
  }
}

/** `n élément(s)` with the French plural (0 and 1 are singular). */
const count = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`

export const FR: Catalogue = {
  'error.unexpected': (p) => `erreur inattendue\u00a0: ${p.detail}`,
  'config.badUrl': (p) =>
    `L'URL de l'API «\u00a0${p.value}\u00a0» n'est pas une URL (p. ex. ${p.example}).`,
  'config.unreadable': (p) =>
    `Impossible de lire le fichier de configuration ${p.path}\u00a0: ${p.reason}`,
  'config.notObject': (p) =>
    `Le fichier de configuration ${p.path} n'est pas un objet JSON (${p.reason}).`,
  'auth.noToken': () =>
    'Aucun jeton d\'API\u00a0: passez --token, définissez IMMD_TOKEN ou indiquez "token" dans le fichier de configuration.',
  'auth.forbidden': (p) =>
    `${p.reason}. Utilisez un jeton en lecture-écriture d'un administrateur ou d'un évaluateur principal de cette organisation.`,
  'auth.failed': (p) => `${p.reason}. Vérifiez --token / IMMD_TOKEN.`,
  'auth.tokenRejected': (p) =>
    `L'API a refusé le jeton\u00a0: ${p.reason ?? 'non authentifié'}. Vérifiez --token / IMMD_TOKEN.`,
  'api.unreachable': (p) =>
    `${p.reason} Vérifiez --api-url / IMMD_API_URL et que le serveur est démarré.`,
  'api.domain': (p) => `${p.code}\u00a0: ${p.reason}`,
  'api.failed': (p) =>
    `L'API a échoué\u00a0: ${p.reason}${p.correlationId ? ` (identifiant de corrélation ${p.correlationId}\u00a0: communiquez-le à l'exploitant du serveur)` : ''}`,
  'organization.choose': (p) =>
    `Indiquez l'organisation avec --organization (parmi\u00a0: ${p.slugs || 'aucune'}).`,
  'organization.notFound': (p) =>
    `Aucune organisation «\u00a0${p.wanted}\u00a0» pour ce jeton (il donne accès à\u00a0: ${p.slugs || 'aucune'}).`,
  'engagement.noMatch': (p) =>
    `Aucune évaluation «\u00a0${p.reference}\u00a0» (indiquez son identifiant, son titre ou l'identifiant de l'IMC).`,
  'engagement.ambiguous': (p) =>
    `«\u00a0${p.reference}\u00a0» désigne plusieurs évaluations\u00a0: ${p.matches}. Utilisez un identifiant.`,
  'engagement.notFound': (p) => `Aucune évaluation ${p.reference}.`,
  'file.unreadable': (p) =>
    `Impossible de lire ${p.kind === 'staff' ? 'le CSV du personnel' : "l'inventaire"} ${p.path}\u00a0: ${p.reason}`,
  'file.notJson': (p) => `Impossible de lire ${p.path} en JSON\u00a0: ${p.reason}`,
  'import.refused': (p) => `L'API a refusé l'import\u00a0: ${p.reason}`,
  'score.unknownMethod': (p) =>
    `Version de méthode inconnue ${p.version} (intégrée\u00a0: immd-1.0).`,
  'score.notObject': () => 'La fiche de travail doit être un objet JSON.',
  'score.noAnswers': () =>
    'La fiche de travail doit contenir "answers": { "D1": "likely-yes", … }.',
  'token.expiresTooShort': () => '--expires\u00a0: indiquez au moins 1 jour.',
  'token.expiresUnreadable': (p) =>
    `--expires\u00a0: «\u00a0${p.value}\u00a0» n'est ni un nombre de jours ni une date (AAAA-MM-JJ).`,
  'token.expiresInvalid': (p) =>
    `--expires\u00a0: «\u00a0${p.value}\u00a0» n'est pas une date valide.`,
  'token.expiresPast': (p) => `--expires\u00a0: ${p.at} n'est pas dans le futur.`,
  'token.badScope': (p) => `--scope doit valoir read ou read-write, pas «\u00a0${p.scope}\u00a0».`,
  'export.portfolioFormats': () => "Le portefeuille s'exporte en csv ou en xlsx.",
  'export.nameEngagement': () => 'Indiquez l’évaluation (ou passez --portfolio).',
  'export.badWorksheet': (p) => `--worksheet doit être l'une des valeurs ${p.ids}.`,

  'problem.place': (p: ProblemPlace) =>
    [
      p.row === undefined ? null : `ligne ${p.row}`,
      p.line === undefined ? null : `ligne de texte ${p.line}`,
      p.column === undefined ? null : `colonne ${p.column}`,
      p.record === undefined ? null : `enregistrement ${p.record}`,
    ]
      .filter((part) => part !== null)
      .join(', '),
  'problem.staffCsv': () => 'CSV du personnel',
  'problem.severity': (p) => (p.severity === 'error' ? 'erreur' : 'avertissement'),
  'problem.sentence': (p) => describeInventoryProblem(p, 'fr'),
  'import.planningWarning': (p) =>
    `avertissement de planification (IMC ${p.imcId}) ${p.code}\u00a0: ${describePlanningWarning(p, 'fr')}`,
  'import.interrupted': (p) =>
    `Import interrompu${p.organization ? ` dans ${p.organization}` : ''}\u00a0: ${p.message}`,
  'import.invalid': (p) =>
    `${count(p.errors, 'erreur', 'erreurs')} dans ${count(p.records, 'enregistrement', 'enregistrements')}\u00a0: rien n'a été importé${p.organization ? ` dans ${p.organization}` : ''}.`,
  'import.dryRun': (p) =>
    `Simulation${p.organization ? ` dans ${p.organization}` : ''}\u00a0: rien n'a été écrit.`,
  'import.summary': (p) =>
    `Bilan\u00a0: ${p.created} créée(s), ${p.updated} mise(s) à jour, ${p.unchanged} inchangée(s), ${p.failed} en échec\u00a0; ` +
    `${count(p.engagementsCreated, 'évaluation brouillon', 'évaluations brouillons')} ${p.dryRun ? 'seraient créées' : 'créée(s)'}, ${count(p.engagementsExisting, 'IMC déjà évaluée', 'IMC déjà évaluées')}` +
    (p.chunks ? `\u00a0; ${p.chunks.committed} requête(s) sur ${p.chunks.total} validée(s).` : '.'),
  'engagements.none': () => 'Aucune évaluation.',
  'engagements.columns': () => ['TITRE', 'IMC', 'ÉTAT', 'NIVEAU', 'TOTAL', 'SEUIL', 'ID'],
  'engagements.count': (p) => count(p.count, 'évaluation', 'évaluations'),
  'engagement.meta': (p) =>
    `Organisation ${p.organization} · IMC ${p.imcId} · état ${p.state} · méthode ${p.method}`,
  'engagement.potential': (p) =>
    `Potentiel de réussite\u00a0: ${p.band ?? 'non évalué'}${p.total === null ? '' : ` (${p.total})`} · seuil ${p.threshold ?? 'non défini'}`,
  'engagement.columns': () => ['DRIVER', 'NOM', 'RÉPONSE', 'VALEUR', 'ÉLÉMENTS'],
  'engagement.followUp': (p) =>
    `${count(p.improvements, 'amélioration', 'améliorations')}, ${count(p.lessons, 'enseignement', 'enseignements')}, ${count(p.entries, 'entrée de périmètre', 'entrées de périmètre')}, ${count(p.documents, 'document', 'documents')}`,
  derivation: (p) => `Calcul\u00a0: ${p.derivation}`,
  'score.error': (p) => `erreur ${p.path}\u00a0: ${describeScoreError(p)}`,
  'score.provisionalBand': (p) => `${p.band} (${p.status}, provisoire)`,
  'score.total': (p) =>
    `Total\u00a0: ${p.total ?? 'non évalué'} · niveau ${p.band} · ${p.complete ? 'complet' : `manquent ${p.missing.join(', ')}`}`,
  'score.status': (p) => `Statut\u00a0: ${p.status} (${p.algorithm})`,
  'score.excluded': (p) =>
    `${p.driverId} exclu\u00a0: ${p.reason}${p.decidedBy ? ` (par ${p.decidedBy})` : ''}`,
  'score.threshold': (p) =>
    `Seuil ${p.threshold}\u00a0: ${p.met ? 'atteint' : `${count(p.short, 'niveau', 'niveaux')} en dessous`}`,
  'score.path': (p) => `Améliorations minimales pour atteindre le seuil\u00a0: ${p.moves}`,
  'score.candidates': (p) => `Pistes pour les prochaines étapes (A6)\u00a0: ${p.drivers}`,
  'score.warning': (p) => `avertissement ${p.code}\u00a0: ${p.message}`,
  'export.wrote': (p) => `${p.out} écrit (${p.format}, ${p.bytes} octets)`,
  'file.wrote': (p) => `${p.file} écrit (${p.bytes} octets)`,
  'engagements.imported': (p) =>
    `«\u00a0${p.title}\u00a0» importée dans ${p.organization} sous ${p.id}`,
  'token.created': (p) =>
    `${p.secret}\n(jeton ${p.scope} «\u00a0${p.name}\u00a0» pour ${p.organization}${p.expiresAt ? `, expire le ${p.expiresAt}` : ''}\u00a0; il n'est affiché qu'une fois)`,
  'portfolio.engagements': (p) =>
    `Évaluations\u00a0: ${p.engagements} (${p.scored} évaluée${p.scored <= 1 ? '' : 's'})`,
  'portfolio.threshold': (p) =>
    `Seuil\u00a0: ${p.meeting} atteint, ${p.below} en dessous, ${p.without} sans seuil`,
  'portfolio.bands': (p) => `Niveaux\u00a0: ${p.list}`,
  'portfolio.states': (p) => `États\u00a0: ${p.list}`,
  'portfolio.age': (p) => `Ancienneté\u00a0: ${p.list}`,
  'portfolio.coverage': (p) =>
    `  derrière ces chiffres\u00a0: ${p.unscored} non évaluées (sans niveau), ${p.withExclusions} avec des exclusions d’adaptation, ${p.lowConfidence} à faible confiance (un driver sur moins de ${p.thinEvidenceItems} éléments de données codés)`,
  'portfolio.bandCoverage': (p) =>
    `  ${p.band}\u00a0: ${p.count}, dont ${p.withExclusions} avec exclusions, ${p.lowConfidence} à faible confiance`,
  'portfolio.driverColumns': () => ['Driver', 'n', 'moy.', 'médiane', 'Q1', 'Q3'],
}
