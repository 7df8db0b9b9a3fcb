// postmortem-lint: the same engine as the language server, for CI and the terminal.

import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { glob } from 'tinyglobby';
import { analyze } from '../model';
import { lint, readConfig } from '../rules';
import type { LintConfig } from '../rules';
import { buildReport, textLines } from './report';
import type { FileReport } from './report';

const USAGE = `Usage: postmortem-lint [--format text|json] [--config file.json] <files or globs...>

Checks incident postmortems written in Markdown.
  --format text   one line per problem: file:line:col severity rule message (default)
  --format json   one JSON array, one object per file (sections, timeline, time zone, window, diagnostics)
  --config FILE   JSON with "rules" ({"rule-id": "off"|"information"|"warning"|"error"}) and "requiredSections"
Exit status: 0 no errors, 1 errors found, 2 bad usage or an unreadable file.`;

interface Options {
  format: 'text' | 'json';
  configPath: string | null;
  patterns: string[];
}

class UsageError extends Error {}

function parseArguments(argv: string[]): Options | 'help' {
  const options: Options = { format: 'text', configPath: null, patterns: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (name: string) => {
      const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (inline === undefined) throw new UsageError(`${name} needs a value.`);
      return inline;
    };
    if (arg === '--help' || arg === '-h') return 'help';
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const format = value('--format');
      if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}".`);
      options.format = format;
    } else if (arg === '--config' || arg.startsWith('--config=')) options.configPath = value('--config');
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option ${arg}.`);
    else options.patterns.push(arg);
  }
  if (options.patterns.length === 0) throw new UsageError('No files given.');
  return options;
}

async function loadConfig(path: string | null): Promise<LintConfig | undefined> {
  if (!path) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read config ${path}: ${(error as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError(`Config ${path} must be a JSON object.`);
  const { config, problems } = readConfig(raw);
  if (problems.length) throw new UsageError(`Config ${path}: ${problems.join(' ')}`);
  return config;
}

/** Files named directly are kept as given; patterns are expanded in a stable order. */
async function expand(patterns: string[], complain: (message: string) => void): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (existsSync(pattern)) {
      files.push(pattern);
      continue;
    }
    const matched = (await glob(pattern, { dot: false, expandDirectories: false })).sort();
    if (matched.length === 0) complain(`${pattern}: no such file, and no file matches it as a glob.`);
    files.push(...matched);
  }
  return [...new Set(files)];
}

export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let options: Options | 'help';
  let config: LintConfig | undefined;
  try {
    options = parseArguments(argv);
    if (options === 'help') {
      out(USAGE);
      return 0;
    }
    config = await loadConfig(options.configPath);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`postmortem-lint: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  let failedToRead = false;
  const complain = (message: string) => {
    failedToRead = true;
    err(`postmortem-lint: ${message}`);
  };
  const reports: FileReport[] = [];
  for (const file of await expand(options.patterns, complain)) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      complain(`${file}: cannot read it (${code === 'EISDIR' ? 'it is a directory' : code ?? (error as Error).message}).`);
      continue;
    }
    const model = analyze(text);
    reports.push(buildReport(file, text, model, lint(model, config)));
  }
  if (options.format === 'json') out(JSON.stringify(reports, null, 2));
  else {
    for (const report of reports) for (const line of textLines(report)) out(line);
    out(summaryLine(reports));
  }
  if (failedToRead) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function summaryLine(reports: FileReport[]): string {
  const count = (severity: string) => reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === severity).length, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const withProblems = reports.filter((r) => r.diagnostics.length > 0).length;
  return `${plural(reports.length, 'file')} checked, ${withProblems} with problems: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('information')} information, ${plural(count('hint'), 'hint')}.`;
}

if (require.main === module) {
  // `postmortem-lint ... | head`: the reader left; what is unread needs no writing, and no stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`postmortem-lint: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
