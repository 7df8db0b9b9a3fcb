import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { analyze, classifyHeading } from '../../../server/src/model';
import {
  guidanceComment,
  newReportFileName,
  renderNewReport,
  reportDate,
  requiredSectionsFor,
  templateById,
  templateKinds,
  templateReference,
  TEMPLATES,
} from '../../../server/src/model/templates';
import type { ReportTemplate } from '../../../server/src/model/templates';
import { DEFAULT_REQUIRED_SECTIONS, lint } from '../../../server/src/rules';
import { REPO } from '../../support/paths';
import { dedent } from '../helpers';

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(REPO, path), 'utf8'));
const template = (id: string): ReportTemplate => templateById(id) ?? assert.fail(`no template ${id}`);
/** 23 November 2026, late in the evening, local time: the report's date is the local day. */
const NOV_23 = new Date(2026, 10, 23, 23, 30);

describe('templates: the data', () => {
  it('matches its JSON Schema', () => {
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(readJson('schemas/postmortem-templates.schema.json') as object);
    assert.ok(validate(readJson('snippets/templates.json')), ajv.errorsText(validate.errors));
  });

  it('the schema rejects what would break a report: an unknown kind, guidance that ends its comment, a multi-line heading', () => {
    const validate = new Ajv().compile(readJson('schemas/postmortem-templates.schema.json') as object);
    const withSection = (section: object) => ({ templates: [{ id: 'x', label: 'X', description: 'X.', sections: [section] }] });
    assert.equal(validate(withSection({ heading: 'Summary', kind: 'summary', guidance: 'What happened.' })), true);
    assert.equal(validate(withSection({ heading: 'Summary', kind: 'overview', guidance: 'What happened.' })), false);
    assert.equal(validate(withSection({ heading: 'Summary', kind: 'summary', guidance: 'What happened --> oops' })), false);
    assert.equal(validate(withSection({ heading: 'Summary\nMore', kind: 'summary', guidance: 'What happened.' })), false);
    assert.equal(validate(withSection({ heading: '## Summary', kind: 'summary', guidance: 'What happened.' })), false);
    assert.equal(validate({ templates: [{ id: 'Google SRE', label: 'X', description: 'X.', sections: [{ heading: 'Summary', kind: 'summary', guidance: 'g' }] }] }), false);
  });

  it('offers alx, google-sre, pagerduty and atlassian, each id once', () => {
    assert.deepEqual(TEMPLATES.map((t) => t.id), ['alx', 'google-sre', 'pagerduty', 'atlassian']);
  });

  it('has the sections each template is known by, in order', () => {
    assert.deepEqual(template('alx').sections.map((s) => s.heading), ['Issue Summary', 'Timeline', 'Root Cause', 'Resolution and Recovery', 'Corrective and Preventive Measures']);
    assert.deepEqual(templateKinds(template('google-sre')), ['summary', 'impact', 'root_cause', 'trigger', 'resolution', 'detection', 'action_items', 'lessons_learned', 'timeline']);
    assert.deepEqual(template('pagerduty').sections.map((s) => s.heading), ['Overview', 'What Happened', 'Contributing Factors', 'Resolution', 'Impact', 'Responders', 'Timeline', "How'd We Do?", 'Action Items', 'Messaging']);
    assert.deepEqual(template('atlassian').sections.map((s) => s.heading), [
      'Incident Summary', 'Leadup', 'Fault', 'Impact', 'Detection', 'Response', 'Recovery', 'Timeline', 'Root Cause (Five Whys)', 'Related Records', 'Lessons Learned', 'Corrective Actions',
    ]);
  });

  for (const t of TEMPLATES) {
    it(`${t.id}: each heading is read as the kind the data gives it (none for sections outside the fixed kinds), each kind once`, () => {
      for (const section of t.sections) assert.deepEqual(classifyHeading(section.heading), section.kind ? [section.kind] : [], section.heading);
      const kinds = t.sections.flatMap((s) => (s.kind ? [s.kind] : []));
      assert.equal(new Set(kinds).size, kinds.length);
    });

    it(`${t.id}: requires at least the sections every report needs by default`, () => {
      for (const kind of DEFAULT_REQUIRED_SECTIONS) assert.ok(templateKinds(t).includes(kind), kind);
    });
  }
});

describe('templates: templateById', () => {
  it('finds a template by its id, ignoring case and surrounding spaces', () => {
    assert.equal(templateById('google-sre')?.label, 'Google SRE');
    assert.equal(templateById(' ALX ')?.id, 'alx');
  });

  it('returns null for an id no template has', () => {
    assert.equal(templateById('sre'), null);
    assert.equal(templateById(''), null);
  });
});

describe('templates: the template a report names', () => {
  it('reads `template:` from the front matter, with where its value stands', () => {
    const text = '---\ntitle: Outage\ntemplate: google-sre\n---\n# Outage\n';
    const reference = templateReference(analyze(text));
    assert.equal(reference?.id, 'google-sre');
    assert.equal(reference?.template?.id, 'google-sre');
    assert.equal(text.slice(reference!.range.start, reference!.range.end), 'google-sre');
  });

  it('keeps an unknown id, with no template', () => {
    const reference = templateReference(analyze('---\ntemplate: five-whys\n---\n# Outage\n'));
    assert.deepEqual([reference?.id, reference?.template], ['five-whys', null]);
  });

  it('is null without front matter, without the field, with an empty field, or when the front matter cannot be read', () => {
    for (const text of ['# Outage\n', '---\ntitle: Outage\n---\n# Outage\n', '---\ntemplate:\n---\n# Outage\n', '---\ntemplate: [alx\n---\n# Outage\n']) {
      assert.equal(templateReference(analyze(text)), null, text);
    }
  });

  it('requiredSectionsFor: the kinds of the named template, in its order; null when none is named or the id is unknown', () => {
    assert.deepEqual(requiredSectionsFor(analyze('---\ntemplate: pagerduty\n---\n# Outage\n')), ['summary', 'root_cause', 'resolution', 'impact', 'timeline', 'action_items']);
    assert.equal(requiredSectionsFor(analyze('# Outage\n')), null);
    assert.equal(requiredSectionsFor(analyze('---\ntemplate: nope\n---\n# Outage\n')), null);
  });
});

describe('templates: renderNewReport', () => {
  it('writes the front matter, the title, and each section with its guidance in a comment', () => {
    assert.equal(
      renderNewReport(template('alx'), { title: '  Search   latency ', date: NOV_23, timeZone: 'Africa/Lagos' }),
      dedent`
        ---
        title: "Search latency"
        date: 2026-11-23
        template: alx
        type: postmortem
        severity: # SEV1, SEV2, SEV3 or SEV4
        status: draft
        timezone: Africa/Lagos
        ---

        # Search latency

        ## Issue Summary

        <!-- How long the outage lasted, from when to when with the time zone; what was affected and how many users; the root cause in one sentence. -->

        ## Timeline

        <!-- One list item per event, in order, each starting with its time: how the issue was detected, what was looked at, the misleading paths, who it was escalated to, how it was resolved. -->

        ## Root Cause

        <!-- What caused the issue, in detail: why it happened, not only what broke. -->

        ## Resolution and Recovery

        <!-- How the issue was fixed, and when and how service came back. -->

        ## Corrective and Preventive Measures

        <!-- What to improve, then one checkbox per specific task, each with an owner and a due date: - [ ] add monitoring on server memory — owner @name — due YYYY-MM-DD -->
      ` + '\n',
    );
  });

  it('writes a given severity, and no time zone line without a zone', () => {
    const text = renderNewReport(template('google-sre'), { title: 'Outage', date: NOV_23, severity: 'SEV2' });
    assert.match(text, /^severity: SEV2$/m);
    assert.doesNotMatch(text, /^timezone:/m);
  });

  it('front matter that reads back as written, and the incident zone from it', () => {
    const model = analyze(renderNewReport(template('atlassian'), { title: 'Login outage', date: NOV_23, timeZone: 'WAT' }));
    assert.deepEqual(model.frontMatter?.errors, []);
    assert.deepEqual(model.frontMatter?.data, { title: 'Login outage', date: '2026-11-23', template: 'atlassian', type: 'postmortem', severity: null, status: 'draft', timezone: 'WAT' });
    assert.equal(model.incidentZone?.offsetMinutes, 60);
  });

  it('quotes a title YAML would misread, and keeps every title whole in the front matter and the heading', () => {
    const titles = ['DNS: wildcard record', 'yes', 'Null', '404', '2024-01-17', '"Quoted" outage', "O'Brien's deploy", '# of retries', 'Deploy #', 'Café #1 down 🔥', '- list-like', '[bracketed]'];
    for (const title of titles) {
      const model = analyze(renderNewReport(template('alx'), { title, date: NOV_23 }));
      assert.deepEqual(model.frontMatter?.errors, [], title);
      assert.equal(model.frontMatter?.data?.title, title, title);
      assert.equal(model.title?.text, title, title);
    }
  });

  it('refuses an empty title', () => {
    assert.throws(() => renderNewReport(template('alx'), { title: ' \n ', date: NOV_23 }), RangeError);
  });

  for (const t of TEMPLATES) {
    it(`${t.id}: a new report has its template's sections and no finding but one empty-section per section`, () => {
      for (const timeZone of [undefined, 'UTC']) {
        const text = renderNewReport(t, { title: 'Search latency', date: NOV_23, ...(timeZone ? { timeZone } : {}) });
        const model = analyze(text);
        assert.equal(model.title?.text, 'Search latency');
        assert.deepEqual(model.sections.map((s) => s.heading.text), t.sections.filter((s) => s.kind).map((s) => s.heading));
        assert.deepEqual(model.sections.map((s) => s.kinds), t.sections.flatMap((s) => (s.kind ? [[s.kind]] : [])));
        // Guidance is no content: an unwritten report says so, section by section, and nothing else.
        const findings = lint(model).map((d) => `${d.rule} ${text.slice(d.range.start, d.range.end)}`);
        assert.deepEqual(findings, t.sections.filter((s) => s.kind).map((s) => `empty-section ## ${s.heading}`));
      }
    });
  }

  it('once the writer fills a section in, its empty-section finding goes', () => {
    const alx = template('alx');
    const text = renderNewReport(alx, { title: 'Outage', date: NOV_23 }).replace(guidanceComment(alx.sections[2]), `${guidanceComment(alx.sections[2])}\nA bad configuration push.`);
    assert.deepEqual(lint(analyze(text)).map((d) => text.slice(d.range.start, d.range.end)), ['## Issue Summary', '## Timeline', '## Resolution and Recovery', '## Corrective and Preventive Measures']);
  });
});

describe('templates: reportDate and newReportFileName', () => {
  it('the local calendar day', () => {
    assert.equal(reportDate(NOV_23), '2026-11-23');
    assert.equal(reportDate(new Date(2027, 0, 5, 0, 1)), '2027-01-05');
  });

  const cases: Array<[string, string]> = [
    ['Search latency', '2026-11-23-search-latency.md'],
    ['Search -- latency: 3x!!', '2026-11-23-search-latency-3x.md'],
    ['  ✨ Café déjà vu — Straße Ærø 🔥 ', '2026-11-23-cafe-deja-vu-strasse-aero.md'],
    ['Łódź outage', '2026-11-23-lodz-outage.md'],
    ['🔥🔥', '2026-11-23-postmortem.md'],
    ['数据库故障', '2026-11-23-postmortem.md'],
    ['The checkout service returned errors for every customer in Europe during the migration', '2026-11-23-the-checkout-service-returned-errors-for-every.md'],
    ['Supercalifragilisticexpialidocious-and-even-longer-single-word', '2026-11-23-supercalifragilisticexpialidocious-and-even.md'],
  ];
  for (const [title, expected] of cases) {
    it(`${JSON.stringify(title)} → ${expected}`, () => {
      const name = newReportFileName(title, NOV_23);
      assert.equal(name, expected);
      assert.match(name, /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
      assert.ok(name.length <= 60, `${name.length} characters`);
    });
  }

  it('cuts a single word that alone is too long', () => {
    assert.equal(newReportFileName('x'.repeat(80), NOV_23), `2026-11-23-${'x'.repeat(46)}.md`);
  });
});
