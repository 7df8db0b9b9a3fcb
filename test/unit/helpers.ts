// Helpers for spec-style tests: documents written inline, with the expected ranges marked
// in them, and the findings of one rule read back as the text they point at.

import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/model';
import type { TextRange } from '../../server/src/model';
import { applyEdits, DEFAULT_CONFIG, DEFAULT_FIX_CONTEXT, fixesFor, lint } from '../../server/src/rules';
import type { Diagnostic, Fix, FixContext, LintConfig, Severity } from '../../server/src/rules';

export const RANGE_OPEN = '⟦';
export const RANGE_CLOSE = '⟧';
export const CURSOR = '‸';

export interface MarkedDocument {
  /** The document without its markers. */
  text: string;
  /** Each `⟦…⟧` pair, in the order the pairs open; pairs may nest. */
  ranges: TextRange[];
  /** Where `‸` stood, if it did. */
  cursor?: number;
}

/**
 * Removes the markers from a document and says where they stood: `⟦` and `⟧` around each
 * expected range, `‸` at the cursor. Offsets are UTF-16 code units, like the model's.
 */
export function marked(source: string): MarkedDocument {
  let text = '';
  const ranges: TextRange[] = [];
  const open: TextRange[] = [];
  let cursor: number | undefined;
  for (const char of source) {
    if (char === RANGE_OPEN) {
      const range = { start: text.length, end: -1 };
      ranges.push(range);
      open.push(range);
    } else if (char === RANGE_CLOSE) {
      const range = open.pop();
      if (!range) throw new Error(`\`${RANGE_CLOSE}\` at offset ${text.length} closes no \`${RANGE_OPEN}\``);
      range.end = text.length;
    } else if (char === CURSOR) {
      if (cursor !== undefined) throw new Error(`more than one \`${CURSOR}\` in the document`);
      cursor = text.length;
    } else {
      text += char;
    }
  }
  if (open.length) throw new Error(`\`${RANGE_OPEN}\` at offset ${open[0].start} is never closed`);
  return cursor === undefined ? { text, ranges } : { text, ranges, cursor };
}

/**
 * Strips the common indentation of a template literal, its first line break and its last
 * line if blank, so documents can be indented with the test code. Works as a tag or a call.
 */
export function dedent(strings: TemplateStringsArray | string, ...values: unknown[]): string {
  const raw = typeof strings === 'string' ? strings : strings.reduce((all, part, i) => all + part + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n[ \t]*$/, '').split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(Math.min(common, /^[ \t]*/.exec(line)![0].length))).join('\n');
}

/** A complete, tidy report: no rule has anything to say about it. */
export const CLEAN_REPORT = dedent`
  ---
  timezone: UTC
  ---
  # Checkout outage

  ## Summary

  From 23:40 to 00:25 UTC, 40% of checkout requests failed. The outage lasted 45 minutes and was caused by a bad configuration push.

  ## Timeline (all times UTC)

  - 23:35: Configuration push begins
  - 23:40: Checkout error rate alert fires
  - 23:52: On-call engineer starts the rollback
  - 00:25: Error rate back to normal

  ## Root cause

  The push set the payment client timeout to zero.

  ## Resolution

  We rolled the configuration back and restarted the checkout service.

  ## Action items

  - [ ] Validate timeouts before a push @dana due 2024-05-01
  - [x] Alert on configuration errors @lee
`;

/** The configuration tests lint with: the default, with the given fields replaced. */
export function configWith(config: Partial<LintConfig> = {}): LintConfig {
  return { ...DEFAULT_CONFIG, ...config };
}

/** Every diagnostic one rule gives on `text`, as `lint` reports it (ranges included). */
export function lintRule(text: string, ruleId: string, config?: Partial<LintConfig>): Diagnostic[] {
  return lint(analyze(text), configWith(config)).filter((d) => d.rule === ruleId);
}

export interface ReadableDiagnostic {
  rule: string;
  /** The text the diagnostic's range covers. */
  text: string;
  message: string;
  severity: Severity;
}

/** The diagnostics one rule gives on `text`, each with the slice of text it points at. */
export function diagnosticsOf(text: string, ruleId: string, config?: Partial<LintConfig>): ReadableDiagnostic[] {
  return lintRule(text, ruleId, config).map((d) => ({ rule: d.rule, text: text.slice(d.range.start, d.range.end), message: d.message, severity: d.severity }));
}

/** The ranges one rule reports on `text`, to compare with a document's `⟦…⟧` marks. */
export function rangesOf(text: string, ruleId: string, config?: Partial<LintConfig>): TextRange[] {
  return lintRule(text, ruleId, config).map((d) => d.range);
}

/** The text at each range. */
export function slices(text: string, ranges: readonly TextRange[]): string[] {
  return ranges.map((r) => text.slice(r.start, r.end));
}

export interface FixOptions {
  /** Which of the rule's diagnostics to fix, in document order (default: the first). */
  index?: number;
  /** Picks a fix by its title; default: the preferred one. */
  title?: string | RegExp;
  context?: Partial<FixContext>;
  config?: Partial<LintConfig>;
}

/** The fixes offered for the `index`-th diagnostic of `ruleId` on `text`. */
export function fixesOf(text: string, ruleId: string, options: FixOptions = {}): Fix[] {
  const model = analyze(text);
  const diagnostic = lint(model, configWith(options.config)).filter((d) => d.rule === ruleId)[options.index ?? 0];
  assert.ok(diagnostic, `${ruleId} reports no diagnostic #${options.index ?? 0} on the document`);
  return fixesFor(model, diagnostic, { ...DEFAULT_FIX_CONTEXT, ...options.context });
}

/**
 * Applies one fix of a `ruleId` diagnostic and returns the new text, after checking what every
 * fix must do: the rule reports fewer diagnostics afterwards and no other diagnostic appears.
 * Tests compare the whole returned text, so anything changed outside the fix shows up there.
 */
export function applyFix(text: string, ruleId: string, options: FixOptions = {}): string {
  const fixes = fixesOf(text, ruleId, options);
  const fix = options.title === undefined ? fixes.find((f) => f.preferred) : fixes.find((f) => (typeof options.title === 'string' ? f.title === options.title : options.title!.test(f.title)));
  assert.ok(fix, `no ${options.title === undefined ? 'preferred fix' : `fix titled ${String(options.title)}`} among: ${fixes.map((f) => f.title).join(' | ') || 'none'}`);
  const result = applyEdits(text, fix.edits);
  const config = configWith(options.config);
  const before = lint(analyze(text), config);
  const after = lint(analyze(result), config);
  const count = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.rule === ruleId).length;
  assert.ok(count(after) < count(before), `the fix "${fix.title}" left ${count(after)} of ${count(before)} ${ruleId} diagnostics`);
  const others = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.rule !== ruleId).map((d) => `${d.rule}: ${d.message}`);
  const remaining = others(before);
  for (const added of others(after)) {
    const index = remaining.indexOf(added);
    assert.ok(index >= 0, `the fix "${fix.title}" added a diagnostic: ${added}`);
    remaining.splice(index, 1);
  }
  return result;
}

export interface ExpandedSnippet {
  /** The text the snippet inserts, each placeholder with its default. */
  text: string;
  /** Where each tab stop lands in `text`, by number. */
  stops: Map<number, TextRange>;
}

/**
 * What an editor inserts for an LSP snippet (tab stops `$1`, placeholders `${1:text}`, escapes
 * `\$`, `\}`, `\\`), and where its tab stops land. Throws on an unescaped `$` or `}` that is
 * not snippet syntax, so a snippet built from the writer's text must have escaped it.
 */
export function expandSnippet(snippet: string): ExpandedSnippet {
  let text = '';
  const stops = new Map<number, TextRange>();
  let open: { stop: number; start: number } | null = null;
  for (let i = 0; i < snippet.length; i++) {
    const char = snippet[i];
    if (char === '\\' && '$}\\'.includes(snippet[i + 1] ?? '')) {
      text += snippet[++i];
    } else if (char === '$') {
      const stop = /^\$(\d+)/.exec(snippet.slice(i));
      const placeholder = /^\$\{(\d+):/.exec(snippet.slice(i));
      if (stop) {
        stops.set(Number(stop[1]), { start: text.length, end: text.length });
        i += stop[0].length - 1;
      } else if (placeholder && !open) {
        open = { stop: Number(placeholder[1]), start: text.length };
        i += placeholder[0].length - 1;
      } else {
        throw new Error(`unescaped $ at ${i} in ${JSON.stringify(snippet)}`);
      }
    } else if (char === '}') {
      if (!open) throw new Error(`unescaped } at ${i} in ${JSON.stringify(snippet)}`);
      stops.set(open.stop, { start: open.start, end: text.length });
      open = null;
    } else {
      text += char;
    }
  }
  if (open) throw new Error(`placeholder \${${open.stop}: never closed in ${JSON.stringify(snippet)}`);
  return { text, stops };
}
