import type { Dataset, TableInfo } from './dataset.ts';
import {
  columnLabel,
  countBySeverity,
  SEVERITIES,
  type Problem,
  type Severity,
} from './problem.ts';

/** The JSON shape of `validate --json` (DATA-FORMAT.md). */
export interface ReportJson {
  tables: Record<string, TableInfo>;
  problems: Problem[];
  summary: Record<Severity, number>;
}

const rank = (s: Severity) => SEVERITIES.indexOf(s);

/**
 * Text for a terminal: control characters (line breaks, escape sequences)
 * written as `\n`, `\u{1b}` …, so that a file name or a cell cannot forge
 * report lines or recolour the terminal.
 */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : `\\u{${c.codePointAt(0)!.toString(16)}}`,
  );
}
const de = (n: number) => n.toLocaleString('de-DE');

/** Problems in report order: by file, then row (file-level first), then severity. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      rank(a.severity) - rank(b.severity),
  );
}

/** The dataset's report in the documented JSON shape. */
export function reportJson(dataset: Dataset): ReportJson {
  return {
    tables: dataset.tables as Record<string, TableInfo>,
    // The documented shape: the text key is for the page's English report, not part of it.
    // sheetColumn too: the file already names the sheet, the column its name (DATA-FORMAT.md).
    problems: sortProblems(dataset.problems).map(
      ({ text, sheetColumn, ...p }) => (void text, void sheetColumn, p),
    ),
    summary: countBySeverity(dataset.problems),
  };
}

const DELIMITER_NAMES: Record<string, string> = {
  ';': 'Semikolon',
  ',': 'Komma',
  '\t': 'Tabulator',
};

/** The German plain-text report staff read in a terminal or CI log. */
export function reportText(dataset: Dataset): string {
  const lines: string[] = [];
  const summary = countBySeverity(dataset.problems);
  lines.push(
    `Datensatz: ${printable(dataset.manifest.titel ?? '(ohne Titel)')}${dataset.manifest.stand ? ` – Stand ${dataset.manifest.stand}` : ''}`,
  );
  lines.push('');
  lines.push('Tabellen:');
  for (const [name, t] of Object.entries(dataset.tables)) {
    lines.push(
      `  ${name.padEnd(19)} ${printable(t.file)} – ${t.encoding === 'xlsx' ? 'Excel-Arbeitsmappe' : `${t.encoding}, ${DELIMITER_NAMES[t.delimiter]}`}, ${t.rows} Zeilen, ${t.records} genutzt`,
    );
  }
  const sorted = sortProblems(dataset.problems);
  if (sorted.length) {
    lines.push('');
    lines.push('Probleme:');
    for (const p of sorted) {
      const where = [
        printable(p.file),
        p.line !== null ? `Zeile ${p.line}` : null,
        columnLabel(p) ? `Spalte ${printable(columnLabel(p)!)}` : null,
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(
        `  ${p.severity.padEnd(7)} ${where}${p.value !== null && p.value !== '' ? ` – Wert „${printable(p.value)}“` : ''}`,
      );
      lines.push(`          ${printable(p.message)}`);
      lines.push(`          → ${printable(p.hint)}`);
    }
  }
  lines.push('');
  lines.push(
    `Ergebnis: ${de(summary.Fehler)} Fehler, ${de(summary.Warnung)} Warnungen, ${de(summary.Hinweis)} Hinweise.`,
  );
  lines.push(
    summary.Fehler
      ? 'Zeilen mit Fehlern werden nicht genutzt. Bitte die Fehler beheben und erneut prüfen.'
      : 'Keine Fehler: Der Datensatz kann veröffentlicht werden.',
  );
  return lines.join('\n');
}
