/**
 * Planning warnings as sentences for people in every supported locale (what the planner noticed and
 * what to do), built from each warning's code and details rather than its English `message`. Method
 * terms stay as the method writes them: band ids, IMC function names, activity ids (A5).
 *
 * @packageDocumentation
 */
import type { Locale } from '../locale.js'
import { PLANNING_WARNING_DETAILS, type PlanningWarning } from './types.js'

/** A warning as a renderer receives it: the core shape or the API's (`null` for absent). */
export interface PlanningWarningInput {
  code: string
  message: string
  teams?: readonly string[] | null
  value?: string | null
  values?: readonly string[] | null
  methodVersion?: string | null
}

type Sentences = Record<PlanningWarning['code'], (w: PlanningWarningInput) => string>

/** `A: x, B: y` from the teams and their values (threshold-conflict). */
function pairs(w: PlanningWarningInput): string {
  return (w.teams ?? []).map((team, index) => `${team}: ${w.values?.[index] ?? '?'}`).join(', ')
}
const list = (values: readonly string[] | null | undefined) => (values ?? []).join(', ')

const EN: Sentences = {
  'threshold-conflict': (w) =>
    `The records disagree on success_threshold (${pairs(w)}); the plan uses ${w.value} from ${w.teams?.[0]}. Agree on one value before A5.`,
  'threshold-not-set': () => 'No record sets success_threshold. Set it before A5.',
  'threshold-unknown': (w) =>
    `success_threshold "${w.value}" is not a band of ${w.methodVersion}. Use minimal, low, borderline, high or excellent.`,
  'no-manager': () =>
    'No staff member has a manager role, so the IMC manager cannot be placed first. Name the manager in the records or choose one in the scope list.',
  'no-backup-manager': (w) =>
    `The IMC manager ${w.value} has no designated backup manager. Name one (the "backup" field), or note the gap for the interviews.`,
  'duplicate-person': (w) =>
    `${w.value} is listed by ${list(w.teams)}; the scope list keeps the first. Check that it is one person.`,
  'model-conflict': (w) =>
    `The records name several organizational models (${list(w.values)}); the plan follows ${w.value}, from the first record that names one. Agree on one model.`,
  'no-incident-management-owner': () =>
    'Nobody owns incident management: no group holds overall responsibility for incident handling, and authority rests with each department (handbook chapter 4, reconstructed). No IMC manager is placed; treat this as a finding to confirm in the interviews.',
  'shared-response-without-escalation': () =>
    'Response authority is shared, but no record lists an escalation procedure, so who decides when the team and the divisional managers disagree is undocumented. Ask for it (it is on the document checklist).',
  'no-local-contact': (w) =>
    `The IMC serves ${list(w.values)}, but no record located there has staff or a contact address. Plan local contacts (language, law, time zone) before the interviews.`,
  'imc-function-not-covered': (w) =>
    `No record shows the ${w.value} function (imc_functions, services or units). The IMC is every group that performs Protect, Detect, Respond and Sustain, so a group doing ${w.value} may be missing from the inventory: add it or confirm the gap.`,
}

const FR: Sentences = {
  'threshold-conflict': (w) =>
    `Les fiches ne s'accordent pas sur success_threshold (${pairs(w)})\u00a0; le plan retient ${w.value}, de ${w.teams?.[0]}. Convenez d'une seule valeur avant A5.`,
  'threshold-not-set': () => 'Aucune fiche ne fixe success_threshold. Fixez-le avant A5.',
  'threshold-unknown': (w) =>
    `success_threshold «\u00a0${w.value}\u00a0» n'est pas un niveau de ${w.methodVersion}. Utilisez minimal, low, borderline, high ou excellent.`,
  'no-manager': () =>
    "Aucun membre du personnel n'a de rôle de responsable\u00a0: le responsable de l'IMC ne peut pas être placé en premier. Nommez-le dans les fiches ou choisissez-le dans la liste du périmètre.",
  'no-backup-manager': (w) =>
    `Le responsable de l'IMC ${w.value} n'a pas de suppléant désigné. Nommez-en un (champ «\u00a0backup\u00a0») ou notez ce manque pour les entretiens.`,
  'duplicate-person': (w) =>
    `${w.value} figure chez ${list(w.teams)}\u00a0; la liste du périmètre garde la première mention. Vérifiez qu'il s'agit d'une seule personne.`,
  'model-conflict': (w) =>
    `Les fiches citent plusieurs modèles organisationnels (${list(w.values)})\u00a0; le plan suit ${w.value}, de la première fiche qui en cite un. Convenez d'un seul modèle.`,
  'no-incident-management-owner': () =>
    "Personne ne porte la gestion des incidents\u00a0: aucun groupe n'en a la responsabilité d'ensemble et l'autorité revient à chaque département (manuel, chapitre 4, reconstitué). Aucun responsable de l'IMC n'est placé\u00a0; traitez-le comme un constat à confirmer lors des entretiens.",
  'shared-response-without-escalation': () =>
    "L'autorité de réponse est partagée, mais aucune fiche ne cite de procédure d'escalade\u00a0: qui tranche quand l'équipe et les responsables de division sont en désaccord n'est pas documenté. Demandez-la (elle figure dans la liste des documents).",
  'no-local-contact': (w) =>
    `L'IMC couvre ${list(w.values)}, mais aucune fiche située là n'a de personnel ni d'adresse de contact. Prévoyez des contacts locaux (langue, droit, fuseau horaire) avant les entretiens.`,
  'imc-function-not-covered': (w) =>
    `Aucune fiche ne montre la fonction ${w.value} (imc_functions, services ou unités). L'IMC regroupe tous les groupes qui assurent Protect, Detect, Respond et Sustain\u00a0: un groupe assurant ${w.value} manque peut-être à l'inventaire. Ajoutez-le ou confirmez le manque.`,
}

const DE: Sentences = {
  'threshold-conflict': (w) =>
    `Die Einträge nennen unterschiedliche success_threshold-Werte (${pairs(w)}); der Plan verwendet ${w.value} von ${w.teams?.[0]}. Einigen Sie sich vor A5 auf einen Wert.`,
  'threshold-not-set': () => 'Kein Eintrag setzt success_threshold. Setzen Sie ihn vor A5.',
  'threshold-unknown': (w) =>
    `success_threshold „${w.value}“ ist keine Stufe von ${w.methodVersion}. Verwenden Sie minimal, low, borderline, high oder excellent.`,
  'no-manager': () =>
    'Kein Mitglied des Personals hat eine Leitungsrolle, daher kann die IMC-Leitung nicht an erster Stelle stehen. Nennen Sie die Leitung in den Einträgen oder wählen Sie sie in der Scope-Liste.',
  'no-backup-manager': (w) =>
    `Die IMC-Leitung ${w.value} hat keine benannte Stellvertretung. Benennen Sie eine (Feld „backup“) oder notieren Sie die Lücke für die Interviews.`,
  'duplicate-person': (w) =>
    `${w.value} wird von ${list(w.teams)} aufgeführt; die Scope-Liste behält den ersten Eintrag. Prüfen Sie, ob es dieselbe Person ist.`,
  'model-conflict': (w) =>
    `Die Einträge nennen mehrere Organisationsmodelle (${list(w.values)}); der Plan folgt ${w.value} aus dem ersten Eintrag, der eines nennt. Einigen Sie sich auf ein Modell.`,
  'no-incident-management-owner': () =>
    'Niemand verantwortet das Incident Management: Keine Gruppe trägt die Gesamtverantwortung für die Behandlung von Vorfällen, die Befugnis liegt bei jeder Abteilung (Handbuch Kapitel 4, rekonstruiert). Es wird keine IMC-Leitung eingesetzt; behandeln Sie das als Befund, der in den Interviews zu bestätigen ist.',
  'shared-response-without-escalation': () =>
    'Die Reaktionsbefugnis ist geteilt, aber kein Eintrag nennt ein Eskalationsverfahren: Wer entscheidet, wenn Team und Bereichsleitungen uneins sind, ist nicht dokumentiert. Fordern Sie es an (es steht auf der Dokumenten-Checkliste).',
  'no-local-contact': (w) =>
    `Das IMC betreut ${list(w.values)}, aber kein dort ansässiger Eintrag hat Personal oder eine Kontaktadresse. Planen Sie vor den Interviews lokale Ansprechpersonen (Sprache, Recht, Zeitzone).`,
  'imc-function-not-covered': (w) =>
    `Kein Eintrag zeigt die Funktion ${w.value} (imc_functions, Dienste oder Einheiten). Das IMC umfasst alle Gruppen, die Protect, Detect, Respond und Sustain leisten; eine Gruppe, die ${w.value} leistet, fehlt womöglich im Inventar. Ergänzen Sie sie oder bestätigen Sie die Lücke.`,
}

/** Every locale's sentences; a missing code fails type-checking. */
export const PLANNING_WARNING_TEXT: Readonly<Record<Locale, Sentences>> = Object.freeze({
  en: EN,
  fr: FR,
  de: DE,
})

/**
 * The warning as a sentence in `locale`. An unknown code (a newer server), or a warning without the
 * details its sentence needs (a plan stored before they existed), keeps its English `message`.
 */
export function describePlanningWarning(warning: PlanningWarningInput, locale: Locale): string {
  const code = warning.code as PlanningWarning['code']
  const render = PLANNING_WARNING_TEXT[locale][code]
  const needed = PLANNING_WARNING_DETAILS[code]
  if (render === undefined || needed === undefined) return warning.message
  const complete = needed.every((key) => warning[key] !== undefined && warning[key] !== null)
  return complete ? render(warning) : warning.message
}
