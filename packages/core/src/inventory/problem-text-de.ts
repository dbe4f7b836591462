/**
 * German inventory problem sentences: what went wrong, then what to do. Field names, codes and
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

const q = (value: unknown) => `„${String(value)}“`
const TYPES: Record<string, string> = {
  string: 'ein Text',
  number: 'eine Zahl',
  array: 'eine Liste',
  object: 'ein Objekt',
  boolean: 'ein Wahrheitswert',
}

/** German sentences. */
export const PROBLEM_TEXT_DE: ProblemCatalogue = {
  problems: {
    'syntax-error': (p) =>
      p.rule === 'unterminated-quote'
        ? `Ein in Spalte ${p.column ?? '?'} geöffnetes Anführungszeichen wird nie geschlossen; alle folgenden Zeilen würden in diese Zelle gelesen, daher wurde nichts aus dieser Datei gelesen. Schließen Sie das Anführungszeichen (schreiben Sie "" für ein Anführungszeichen in einer Zelle) und importieren Sie erneut.`
        : `Die ${formatName(p.format)}-Datei enthält einen Syntaxfehler (${parserDetail(PROBLEM_TEXT_DE, p)}); nichts wurde daraus gelesen. Korrigieren Sie sie an der angegebenen Stelle und importieren Sie erneut.`,
    'json-not-strict': (p) =>
      `Das ist kein striktes JSON (${parserDetail(PROBLEM_TEXT_DE, p)}); die Datei wurde tolerant gelesen. Entfernen Sie nachgestellte Kommas und Kommentare, damit auch andere Werkzeuge sie lesen können.`,
    'unrecognised-shape': () =>
      `Die Datei enthält weder eine Liste von Team-Einträgen noch einen einzelnen Eintrag noch ein Objekt mit einer Liste ${q('teams')} oder ${q('data')}. Geben Sie die Einträge in einer dieser Formen an.`,
    'record-not-object': (p) =>
      `Eintrag ${(p.record ?? 0) + 1} ist keine Zuordnung von Feldnamen zu Werten. Schreiben Sie jedes Team als Objekt, z. B. {"short-team-name": "CERT-X", …}.`,
    'missing-field': (p) =>
      p.rule === 'staff-team-column'
        ? `Die Personal-CSV hat keine Spalte ${q('short-team-name')}. Fügen Sie eine hinzu, die das Team jeder Person nennt.`
        : p.rule === 'staff-row-team'
          ? `Diese Personalzeile nennt kein Team. Füllen Sie ihre Spalte ${q('short-team-name')} aus.`
          : `Das Feld ${q(p.field)} ist erforderlich, aber leer oder nicht vorhanden. Füllen Sie es aus.`,
    'invalid-value': (p) =>
      p.rule === 'staff-not-list'
        ? `${q('staff')} ist keine Liste, daher können die Zeilen der Personal-CSV nicht angefügt werden. Schreiben Sie ${q('staff')} als Liste oder entfernen Sie es.`
        : `Der Wert${seenValue(p, '„', '“')} im Feld ${q(p.field)} ist ungültig: Er ${ruleClause(PROBLEM_TEXT_DE, p)}. Korrigieren Sie ihn.`,
    'unknown-field': (p) =>
      p.rule === 'key'
        ? `Das Feld ${q(p.field)} gehört nicht zum Inventarformat; es wird behalten, aber nicht verwendet. Prüfen Sie die Schreibweise, falls es zählen soll.`
        : `Die Spalte ${q(p.field)} gehört nicht zum Inventarformat; sie wird behalten, aber nicht verwendet. Prüfen Sie die Spaltenüberschrift, falls sie zählen soll.`,
    'unknown-service': (p) =>
      `${q(p.value)} ist kein Dienst des Katalogs ${p.catalogue}. Verwenden Sie eine Dienstnummer oder einen Dienstnamen aus diesem Katalog oder setzen Sie services.framework auf den Katalog, aus dem er stammt.`,
    'legacy-service-name': (p) =>
      (p.mappedTo ?? []).length > 0
        ? `${q(p.value)} ist ein CERT/CC-Dienstname; unter ${p.catalogue} wird er als ${(p.mappedTo ?? []).join(', ')} gelesen (abgeleitete Zuordnung). Verwenden Sie die FIRST-Dienstnummern, um genau zu sein.`
        : `${q(p.value)} ist ein CERT/CC-Dienstname ohne Entsprechung in FIRST v2.1 (abgeleitete Zuordnung). Ersetzen Sie ihn durch den nächstliegenden FIRST-Dienst oder entfernen Sie ihn.`,
    'core-service-not-offered': (p) =>
      `Der Kerndienst ${q(p.value)} steht nicht in services.offered. Fügen Sie ihn dort hinzu oder entfernen Sie ihn aus services.core.`,
    'duplicate-short-team-name': (p) =>
      `Der Team-Kurzname ${q(p.value)} wird bereits von Eintrag ${(p.firstRecord ?? 0) + 1} verwendet. Geben Sie jedem Team einen eigenen Kurznamen (Groß- und Kleinschreibung zählen nicht).`,
    'duplicate-header': (p) =>
      `Die Spalte ${q(p.value)} kommt zweimal vor (zuerst in Spalte ${p.firstColumn}). Entfernen oder benennen Sie eine davon um.`,
    'empty-header': (p) =>
      `Spalte ${p.column} hat keine Überschrift, ihre Zellen werden ignoriert. Benennen Sie die Spalte oder löschen Sie sie.`,
    'field-count': (p) =>
      `Diese Zeile hat ${p.cells} Zellen, die Kopfzeile aber ${p.headerCells}; die überzähligen Zellen werden ignoriert. Prüfen Sie, ob eine Zelle ein Komma ohne Anführungszeichen enthält.`,
    'staff-team-unknown': (p) =>
      `Diese Personalzeile nennt das Team ${q(p.value)}, das kein Inventareintrag hat. Korrigieren Sie den Namen oder nehmen Sie das Team ins Inventar auf.`,
    'empty-inventory': () =>
      'Das Inventar enthält keine Team-Einträge. Wählen Sie die Datei, die die Teams auflistet.',
  },
  rules: {
    type: (p) => `muss ${TYPES[p.expectedType ?? ''] ?? p.expectedType} sein`,
    'one-of': (p) => `muss einer der Werte ${quoteList(p.allowed, '„', '“')} sein`,
    'not-empty': () => 'darf nicht leer sein',
    'no-nul': () => 'darf kein NUL-Zeichen enthalten',
    'country-code': () => 'muss ein Ländercode nach ISO 3166-1 alpha-2 sein, etwa DE oder LU',
    'country-name': () =>
      `muss ein Ländercode nach ISO 3166-1 alpha-2 sein, etwa DE oder LU, kein Ländername (tragen Sie den Namen in ${q('country')} ein)`,
    email: () => 'muss eine E-Mail-Adresse sein',
    emails: (p) =>
      (p.invalidItems ?? []).length > 0
        ? `muss aus E-Mail-Adressen bestehen, getrennt durch „;“ (${quoteList(p.invalidItems, '„', '“')} ist keine)`
        : 'muss eine E-Mail-Adresse sein, mehrere getrennt durch „;“, oder eine Liste davon',
    authority: () =>
      'muss full, shared oder none sein, oder {analysis, response} mit diesen Werten',
    'iso-date': () => 'muss ein Datum nach ISO 8601 sein (JJJJ-MM-TT, JJJJ-MM oder JJJJ)',
    'hours-slot': () => 'muss Zeitfenster-Schlüssel wie mon_1_open oder sun_2_close verwenden',
    time: () => 'muss eine Uhrzeit wie 09:00 sein',
    'fte-range': () => 'muss eine Zahl zwischen 0 und 1 sein (ein Anteil einer Vollzeitstelle)',
    'http-url': () => 'muss eine http(s)-URL sein',
    'language-code': () => 'muss ein Sprachcode nach ISO 639-2 sein, etwa deu',
    'staff-not-list': () => 'muss eine Liste sein',
    invalid: () => 'entspricht nicht dem Inventarformat',
  },
  parser: {
    'text-after-value': () => 'überzähliger Text nach dem JSON-Wert',
    'expected-char': (p) => `„${p.value ?? '?'}“ erwartet`,
    'expected-value': () => 'Wert erwartet',
    'expected-property-name': () => 'Eigenschaftsname in doppelten Anführungszeichen erwartet',
    'expected-comma-or-close': (p) => `„,“ oder „${p.value ?? '?'}“ erwartet`,
    'trailing-comma': (p) => `nachgestelltes Komma vor „${p.value ?? '?'}“`,
    'unterminated-string': () => 'nicht geschlossene Zeichenkette',
    'control-character': () => 'Steuerzeichen in einer Zeichenkette',
    'invalid-escape': () => 'ungültige Escape-Sequenz in einer Zeichenkette',
    BAD_INDENT: () => 'falsche Einrückung',
    TAB_AS_INDENT: () => 'Tabulator als Einrückung',
    DUPLICATE_KEY: () => 'doppelter Schlüssel',
    MISSING_CHAR: () => 'fehlendes Zeichen (Komma, Klammer oder Anführungszeichen)',
    UNEXPECTED_TOKEN: () => 'unerwartetes Element',
    BLOCK_AS_IMPLICIT_KEY: () => 'Block als Schlüssel verwendet',
    MULTILINE_IMPLICIT_KEY: () => 'Schlüssel über mehrere Zeilen',
    BAD_DQ_ESCAPE: () => 'ungültige Escape-Sequenz in doppelten Anführungszeichen',
    BAD_SCALAR_START: () => 'Wert beginnt mit einem reservierten Zeichen',
    TooFewFields: () => 'zu wenige Zellen in der Zeile',
    TooManyFields: () => 'zu viele Zellen in der Zeile',
    InvalidQuotes: () => 'falsch gesetzte Anführungszeichen in einer Zelle',
  },
}
