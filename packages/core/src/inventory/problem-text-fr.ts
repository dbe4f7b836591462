/**
 * French inventory problem sentences: what went wrong, then what to do. Field names, codes and
 * values stay as written in the file.
 *
 * @packageDocumentation
 */
import {
  formatName,
  type ProblemCatalogue,
  parserDetail,
  quoteList,
  ruleClause,
  seenValue,
} from './problem-text-helpers.js'

const q = (value: unknown) => `«\u00a0${String(value)}\u00a0»`
const TYPES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  array: 'une liste',
  object: 'un objet',
  boolean: 'un booléen',
}

/** French sentences. */
export const PROBLEM_TEXT_FR: ProblemCatalogue = {
  problems: {
    'syntax-error': (p) =>
      p.rule === 'unterminated-quote'
        ? `Un guillemet ouvert en colonne ${p.column ?? '?'} n'est jamais fermé\u00a0: toutes les lignes suivantes seraient lues dans cette cellule, donc rien n'a été lu dans ce fichier. Fermez le guillemet (écrivez "" pour un guillemet dans une cellule) et importez de nouveau.`
        : `Le fichier ${formatName(p.format)} contient une erreur de syntaxe (${parserDetail(PROBLEM_TEXT_FR, p)})\u00a0; rien n'y a été lu. Corrigez-le à l'endroit indiqué et importez de nouveau.`,
    'json-not-strict': (p) =>
      `Ce n'est pas du JSON strict (${parserDetail(PROBLEM_TEXT_FR, p)})\u00a0; le fichier a été lu de façon tolérante. Retirez les virgules finales et les commentaires pour que d'autres outils puissent aussi le lire.`,
    'unrecognised-shape': () =>
      `Le fichier ne contient ni une liste de fiches d'équipe, ni une fiche seule, ni un objet avec une liste ${q('teams')} ou ${q('data')}. Donnez les fiches sous l'une de ces formes.`,
    'record-not-object': (p) =>
      `La fiche ${(p.record ?? 0) + 1} n'est pas un ensemble de noms de champs et de valeurs. Écrivez chaque équipe comme un objet, p. ex. {"short-team-name": "CERT-X", …}.`,
    'missing-field': (p) =>
      p.rule === 'staff-team-column'
        ? `Le CSV du personnel n'a pas de colonne ${q('short-team-name')}. Ajoutez-en une qui indique l'équipe de chaque personne.`
        : p.rule === 'staff-row-team'
          ? `Cette ligne du personnel n'indique aucune équipe. Remplissez sa colonne ${q('short-team-name')}.`
          : `Le champ ${q(p.field)} est obligatoire mais vide ou absent. Remplissez-le.`,
    'invalid-value': (p) =>
      p.rule === 'staff-not-list'
        ? `${q('staff')} n'est pas une liste\u00a0: les lignes du CSV du personnel ne peuvent pas y être ajoutées. Écrivez ${q('staff')} sous forme de liste ou retirez-le.`
        : `La valeur${seenValue(p, '«\u00a0', '\u00a0»')} du champ ${q(p.field)} n'est pas valide\u00a0: elle ${ruleClause(PROBLEM_TEXT_FR, p)}. Corrigez-la.`,
    'unknown-field': (p) =>
      p.rule === 'key'
        ? `Le champ ${q(p.field)} ne fait pas partie du format d'inventaire\u00a0; il est conservé mais pas utilisé. Vérifiez son orthographe s'il doit compter.`
        : `La colonne ${q(p.field)} ne fait pas partie du format d'inventaire\u00a0; elle est conservée mais pas utilisée. Vérifiez son en-tête si elle doit compter.`,
    'unknown-service': (p) =>
      `${q(p.value)} n'est pas un service du catalogue ${p.catalogue}. Utilisez un numéro ou un nom de service de ce catalogue, ou indiquez dans services.framework le catalogue dont il vient.`,
    'legacy-service-name': (p) =>
      (p.mappedTo ?? []).length > 0
        ? `${q(p.value)} est un nom de service CERT/CC\u00a0; sous ${p.catalogue}, il est lu comme ${(p.mappedTo ?? []).join(', ')} (correspondance déduite). Utilisez les numéros de service FIRST pour être exact.`
        : `${q(p.value)} est un nom de service CERT/CC sans équivalent FIRST v2.1 (correspondance déduite). Remplacez-le par le service FIRST le plus proche ou retirez-le.`,
    'core-service-not-offered': (p) =>
      `Le service principal ${q(p.value)} ne figure pas dans services.offered. Ajoutez-le à cette liste ou retirez-le de services.core.`,
    'duplicate-short-team-name': (p) =>
      `Le nom court d'équipe ${q(p.value)} est déjà utilisé par la fiche ${(p.firstRecord ?? 0) + 1}. Donnez à chaque équipe son propre nom court (la casse n'est pas prise en compte).`,
    'duplicate-header': (p) =>
      `La colonne ${q(p.value)} apparaît deux fois (d'abord en colonne ${p.firstColumn}). Supprimez ou renommez l'une des deux.`,
    'empty-header': (p) =>
      `La colonne ${p.column} n'a pas d'en-tête\u00a0; ses cellules sont ignorées. Nommez la colonne ou supprimez-la.`,
    'field-count': (p) =>
      `Cette ligne a ${p.cells} cellules mais l'en-tête en a ${p.headerCells}\u00a0; les cellules en trop sont ignorées. Cherchez une virgule non protégée par des guillemets dans une cellule.`,
    'staff-team-unknown': (p) =>
      `Cette ligne du personnel indique l'équipe ${q(p.value)}, qu'aucune fiche de l'inventaire ne contient. Corrigez le nom ou ajoutez l'équipe à l'inventaire.`,
    'empty-inventory': () =>
      "L'inventaire ne contient aucune fiche d'équipe. Choisissez le fichier qui liste les équipes.",
  },
  rules: {
    type: (p) => `doit être ${TYPES[p.expectedType ?? ''] ?? p.expectedType}`,
    'one-of': (p) => `doit être l'une des valeurs ${quoteList(p.allowed, '«\u00a0', '\u00a0»')}`,
    'not-empty': () => 'ne doit pas être vide',
    'no-nul': () => 'ne doit pas contenir de caractère NUL',
    'country-code': () => 'doit être un code pays ISO 3166-1 alpha-2, comme DE ou LU',
    'country-name': () =>
      `doit être un code pays ISO 3166-1 alpha-2, comme DE ou LU, et non un nom de pays (mettez le nom dans ${q('country')})`,
    email: () => 'doit être une adresse e-mail',
    emails: (p) =>
      (p.invalidItems ?? []).length > 0
        ? `doit contenir des adresses e-mail séparées par «\u00a0;\u00a0» (${quoteList(p.invalidItems, '«\u00a0', '\u00a0»')} n'en est pas une)`
        : 'doit être une adresse e-mail, plusieurs séparées par «\u00a0;\u00a0», ou une liste d’adresses',
    authority: () => 'doit valoir full, shared ou none, ou {analysis, response} avec ces valeurs',
    'iso-date': () => 'doit être une date ISO 8601 (AAAA-MM-JJ, AAAA-MM ou AAAA)',
    'hours-slot': () => 'doit utiliser des clés de créneau comme mon_1_open ou sun_2_close',
    time: () => 'doit être une heure comme 09:00',
    'fte-range': () => 'doit être un nombre entre 0 et 1 (une part de poste à temps plein)',
    'http-url': () => 'doit être une URL http(s)',
    'language-code': () => 'doit être un code de langue ISO 639-2, comme fra',
    'staff-not-list': () => 'doit être une liste',
    invalid: () => "ne correspond pas au format d'inventaire",
  },
  parser: {
    'text-after-value': () => 'texte en trop après la valeur JSON',
    'expected-char': (p) => `«\u00a0${p.value ?? '?'}\u00a0» attendu`,
    'expected-value': () => 'valeur attendue',
    'expected-property-name': () => 'nom de propriété entre guillemets doubles attendu',
    'expected-comma-or-close': (p) => `«\u00a0,\u00a0» ou «\u00a0${p.value ?? '?'}\u00a0» attendu`,
    'trailing-comma': (p) => `virgule finale avant «\u00a0${p.value ?? '?'}\u00a0»`,
    'unterminated-string': () => 'chaîne jamais fermée',
    'control-character': () => 'caractère de contrôle dans une chaîne',
    'invalid-escape': () => `séquence d'échappement invalide dans une chaîne`,
    BAD_INDENT: () => 'indentation incorrecte',
    TAB_AS_INDENT: () => `tabulation utilisée pour l'indentation`,
    DUPLICATE_KEY: () => 'clé en double',
    MISSING_CHAR: () => 'caractère manquant (virgule, crochet, accolade ou guillemet)',
    UNEXPECTED_TOKEN: () => 'élément inattendu',
    BLOCK_AS_IMPLICIT_KEY: () => 'bloc utilisé comme clé',
    MULTILINE_IMPLICIT_KEY: () => 'clé sur plusieurs lignes',
    BAD_DQ_ESCAPE: () => `séquence d'échappement invalide entre guillemets doubles`,
    BAD_SCALAR_START: () => 'valeur qui commence par un caractère réservé',
    TooFewFields: () => 'trop peu de cellules dans la ligne',
    TooManyFields: () => 'trop de cellules dans la ligne',
    InvalidQuotes: () => 'guillemets mal placés dans une cellule',
  },
}
