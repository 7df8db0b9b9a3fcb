// snippets/postmortem.json: what each snippet inserts, read with VS Code's snippet grammar.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, SECTION_KINDS } from '../../server/src/model';
import type { SectionKind } from '../../server/src/model';
import { renderNewReport, TEMPLATES } from '../../server/src/model/templates';
import { lint } from '../../server/src/rules';
import { generatedSnippets, SNIPPETS_FILE } from '../../snippets/generate';
import type { Snippet } from '../../snippets/generate';

const snippets = JSON.parse(readFileSync(SNIPPETS_FILE, 'utf8')) as Record<string, Snippet>;
const byPrefix = (prefix: string): Snippet => Object.values(snippets).find((s) => s.prefix === prefix) ?? assert.fail(`no snippet ${prefix}`);

// VS Code's snippet grammar (https://code.visualstudio.com/docs/editor/userdefinedsnippets#_grammar),
// read strictly: a `$` or `}` that is not syntax must be escaped.
type SnippetNode =
  | { type: 'text'; value: string }
  | { type: 'tabstop'; index: number; placeholder: SnippetNode[] | null; choices: string[] | null }
  | { type: 'variable'; name: string; fallback: SnippetNode[] | null };

function parseSnippet(body: string): SnippetNode[] {
  let at = 0;
  const fail = (what: string): never => assert.fail(`${what} at ${at} in ${JSON.stringify(body)}`);
  const escaped = (specials: string): string | null => (body[at] === '\\' && specials.includes(body[at + 1] ?? '') ? body[at + 1] : null);
  function sequence(inside: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ type: 'text', value: text });
      text = '';
    };
    while (at < body.length) {
      const char = escaped('$}\\');
      if (char !== null) {
        text += char;
        at += 2;
      } else if (body[at] === '}') {
        if (inside) break;
        fail('unescaped `}`');
      } else if (body[at] === '$') {
        flush();
        nodes.push(construct());
      } else {
        text += body[at++];
      }
    }
    flush();
    return nodes;
  }
  function construct(): SnippetNode {
    at++;
    const simple = /^(?:(\d+)|([_a-zA-Z]\w*))/.exec(body.slice(at));
    if (simple) {
      at += simple[0].length;
      return simple[1] !== undefined ? { type: 'tabstop', index: Number(simple[1]), placeholder: null, choices: null } : { type: 'variable', name: simple[2], fallback: null };
    }
    if (body[at] !== '{') fail('unescaped `$`');
    at++;
    const head = /^(?:(\d+)|([_a-zA-Z]\w*))/.exec(body.slice(at)) ?? fail('`${` without a tab stop or variable');
    at += head[0].length;
    const node: SnippetNode = head[1] !== undefined ? { type: 'tabstop', index: Number(head[1]), placeholder: null, choices: null } : { type: 'variable', name: head[2], fallback: null };
    if (body[at] === ':') {
      at++;
      const inner = sequence(true);
      if (node.type === 'tabstop') node.placeholder = inner;
      else node.fallback = inner;
    } else if (body[at] === '|' && node.type === 'tabstop') {
      at++;
      const choices: string[] = [''];
      while (body[at] !== '|') {
        if (at >= body.length) fail('unclosed choice');
        const char = escaped('$}\\,|');
        if (char !== null) {
          choices[choices.length - 1] += char;
          at += 2;
        } else if (body[at] === ',') {
          choices.push('');
          at++;
        } else choices[choices.length - 1] += body[at++];
      }
      at++;
      node.choices = choices;
    }
    if (body[at] !== '}') fail('unclosed `${`');
    at++;
    return node;
  }
  return sequence(false);
}

function walk(nodes: SnippetNode[], visit: (node: SnippetNode) => void): void {
  for (const node of nodes) {
    visit(node);
    if (node.type === 'tabstop' && node.placeholder) walk(node.placeholder, visit);
    if (node.type === 'variable' && node.fallback) walk(node.fallback, visit);
  }
}

/** The variables the snippets may use, at 23 November 2026, 09:05. */
const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '23', CURRENT_HOUR: '09', CURRENT_MINUTE: '05' };

/** What the snippet inserts when every tab stop keeps its default (a choice its first option) and `$0` is left empty. */
function expand(snippet: Snippet): string {
  const nodes = parseSnippet(snippet.body.join('\n'));
  const defaults = new Map<number, SnippetNode[] | string>();
  walk(nodes, (node) => {
    if (node.type === 'tabstop' && !defaults.has(node.index) && (node.placeholder || node.choices)) defaults.set(node.index, node.choices ? node.choices[0] : node.placeholder!);
  });
  const render = (list: SnippetNode[]): string =>
    list
      .map((node) => {
        if (node.type === 'text') return node.value;
        if (node.type === 'variable') return VARIABLES[node.name] ?? assert.fail(`unknown variable ${node.name}`);
        const value = defaults.get(node.index) ?? '';
        return typeof value === 'string' ? value : render(value);
      })
      .join('');
  return render(nodes);
}

/** Tab stop numbers in the order the snippet first shows them. */
function tabStopOrder(snippet: Snippet): number[] {
  const order: number[] = [];
  walk(parseSnippet(snippet.body.join('\n')), (node) => {
    if (node.type === 'tabstop' && !order.includes(node.index)) order.push(node.index);
  });
  return order;
}

const SECTION_SNIPPETS: Record<SectionKind, string> = {
  summary: 'pm-summary',
  impact: 'pm-impact',
  timeline: 'pm-timeline',
  root_cause: 'pm-root-cause',
  trigger: 'pm-trigger',
  resolution: 'pm-resolution',
  detection: 'pm-detection',
  action_items: 'pm-action-items',
  lessons_learned: 'pm-lessons',
};

describe('snippets', () => {
  it('the grammar reader rejects what VS Code would misread', () => {
    assert.throws(() => parseSnippet('cost: $'), /unescaped `\$`/);
    assert.throws(() => parseSnippet('${1:open'), /unclosed/);
    assert.throws(() => parseSnippet('a } b'), /unescaped `}`/);
    assert.throws(() => parseSnippet('${1|a,b}'), /unclosed choice/);
    assert.equal(expand({ prefix: 'x', description: 'x', body: ['\\$5 ${1:a ${2:b}} $1 ${3|x\\,y,z|} $CURRENT_YEAR $0'] }), '$5 a b a b x,y 2026 ');
  });

  it('every prefix starts with pm- and is unique', () => {
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    for (const prefix of prefixes) assert.match(prefix, /^pm-[a-z0-9-]+$/);
    assert.equal(new Set(prefixes).size, prefixes.length);
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    describe(`${snippet.prefix} (${name})`, () => {
      it('says what it inserts', () => {
        assert.match(snippet.description, /^Inserts \S.*\.$/);
        assert.match(name, /^Postmortem: /);
      });

      it('parses, with tab stops numbered 1 to n without gaps, in the order they appear, and known variables only', () => {
        const order = tabStopOrder(snippet).filter((index) => index !== 0);
        assert.ok(order.length > 0, 'no tab stop');
        assert.deepEqual(order, order.map((_, i) => i + 1));
        expand(snippet);
      });
    });
  }

  it('the generated snippets are in the file as snippets/generate.ts makes them from the template data (run it after changing the data)', () => {
    for (const [name, snippet] of Object.entries(generatedSnippets())) assert.deepEqual(snippets[name], snippet, name);
    assert.deepEqual(
      Object.values(snippets).filter((s) => s.prefix.startsWith('pm-report-')).map((s) => s.prefix),
      TEMPLATES.map((t) => `pm-report-${t.id}`),
    );
  });

  for (const template of TEMPLATES) {
    it(`pm-report-${template.id} inserts what New Postmortem writes, which reads as the template's sections`, () => {
      const text = expand(byPrefix(`pm-report-${template.id}`));
      assert.equal(text, renderNewReport(template, { title: 'Incident title', date: new Date(2026, 10, 23), timeZone: 'UTC', severity: 'SEV1' }));
      const model = analyze(text);
      assert.equal(model.title?.text, 'Incident title');
      assert.deepEqual(model.sections.map((s) => s.kinds), template.sections.flatMap((s) => (s.kind ? [[s.kind]] : [])));
      assert.deepEqual([...new Set(lint(model).map((d) => d.rule))], ['empty-section']);
      assert.match(byPrefix(`pm-report-${template.id}`).description, new RegExp(template.sections.map((s) => s.heading.replace(/[?()]/g, '\\$&')).join(', ')));
    });
  }

  it('pm-front-matter offers every template, the severities and the statuses, and reads back as front matter', () => {
    const body = byPrefix('pm-front-matter').body.join('\n');
    assert.ok(body.includes(`\${3|${TEMPLATES.map((t) => t.id).join(',')}|}`), body);
    assert.ok(body.includes('|SEV1,SEV2,SEV3,SEV4|'), body);
    assert.ok(body.includes('|draft,in review,published|'), body);
    const model = analyze(`${expand(byPrefix('pm-front-matter'))}# Outage\n`);
    assert.deepEqual(model.frontMatter?.data, { title: 'Incident title', date: '2026-11-23', template: 'alx', type: 'postmortem', severity: 'SEV1', status: 'draft', timezone: 'UTC' });
  });

  for (const kind of SECTION_KINDS) {
    it(`${SECTION_SNIPPETS[kind]} inserts one ${kind} section with content, under its heading`, () => {
      const snippet = byPrefix(SECTION_SNIPPETS[kind]);
      const text = `# Outage\n\n${expand(snippet)}`;
      const model = analyze(text);
      assert.deepEqual(model.sections.map((s) => [s.kinds, s.isEmpty]), [[[kind], false]]);
      assert.ok(snippet.description.includes(`\`${snippet.body[0].replace(/ \(.*/, '')}\``), snippet.description);
    });
  }

  it('pm-summary states the incident window, and pm-timeline and pm-timeline-table a timed entry in a stated zone', () => {
    const summary = analyze(`# Outage\n\n${expand(byPrefix('pm-summary'))}`).summary;
    assert.deepEqual([summary.start?.time.raw, summary.end?.time.raw, summary.end?.zone?.raw], ['10:00', '10:45', 'UTC']);
    for (const prefix of ['pm-timeline', 'pm-timeline-table']) {
      const model = analyze(`# Outage\n\n${expand(byPrefix(prefix))}`);
      assert.deepEqual(model.timeline.entries.map((e) => [e.form, e.time?.raw, e.text]), [[prefix === 'pm-timeline' ? 'list' : 'table', '09:05', 'what happened']], prefix);
      assert.equal(model.incidentZone?.statement.source, 'timeline-heading', prefix);
    }
  });

  it('pm-entry and pm-entry-row add an entry to a timeline list and table', () => {
    const list = analyze(`# Outage\n\n## Timeline\n\n- 09:00: Alert fires\n${expand(byPrefix('pm-entry'))}\n`);
    assert.deepEqual(list.timeline.entries.map((e) => [e.form, e.time?.raw, e.text]), [['list', '09:00', 'Alert fires'], ['list', '09:05', 'what happened']]);
    const table = analyze(`# Outage\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n| 09:00 | Alert fires |\n${expand(byPrefix('pm-entry-row'))}\n`);
    assert.deepEqual(table.timeline.entries.map((e) => [e.form, e.time?.raw, e.text]), [['table', '09:00', 'Alert fires'], ['table', '09:05', 'what happened']]);
  });

  it('pm-action and pm-action-items write an open item with its owner and due date as the model reads them', () => {
    assert.equal(byPrefix('pm-action').body.join('\n'), '- [ ] ${1:action} — owner @${2:name} — due ${3:YYYY-MM-DD}');
    const model = analyze(`# Outage\n\n${expand(byPrefix('pm-action-items'))}${expand(byPrefix('pm-action')).replace('YYYY-MM-DD', '2026-12-01')}\n`);
    assert.deepEqual(model.actionItems.map((a) => [a.checked, a.owner, a.due]), [[false, 'name', null], [false, 'name', '2026-12-01']]);
  });
});
