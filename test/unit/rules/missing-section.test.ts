import assert from 'node:assert/strict';
import { SECTION_KINDS } from '../../../server/src/model';
import { applyFix, CLEAN_REPORT, dedent, diagnosticsOf, fixesOf, lintRule, marked, rangesOf } from '../helpers';

const RULE = 'missing-section';

describe(`rule: ${RULE}`, () => {
  it('reports each required section that is absent, on the title, as an error', () => {
    const doc = marked(dedent`
      ⟦# Checkout outage⟧

      ## Summary

      Checkout failed.

      ## Timeline (UTC)

      - 10:00: deploy

      ## Root cause

      A bad config.
    `);
    const found = diagnosticsOf(doc.text, RULE);
    assert.deepEqual(found.map((d) => [d.text, d.severity]), [['# Checkout outage', 'error'], ['# Checkout outage', 'error']]);
    assert.deepEqual(rangesOf(doc.text, RULE), [doc.ranges[0], doc.ranges[0]]);
    assert.deepEqual(found.map((d) => d.message), [
      'The report has no Resolution section. Add a `## Resolution` heading with how service was restored and when.',
      'The report has no Action Items section. Add a `## Action Items` heading with concrete actions, each with an owner and a due date.',
    ]);
  });

  it('points at the first line when there is no title, without its CRLF line break', () => {
    // Found by this test: the range used to end after the `\r`.
    const text = 'Server outage report\r\n\r\nIt went down.\r\n';
    assert.deepEqual([...new Set(diagnosticsOf(text, RULE).map((d) => d.text))], ['Server outage report']);
  });

  it('counts a heading that names two sections as both', () => {
    const text = '# Outage\n\n## Summary\n\nx\n\n## Timeline\n\n- 10:00: a\n\n## Root cause and resolution\n\nx\n\n## Action items\n\n- a\n';
    assert.deepEqual(diagnosticsOf(text, RULE), []);
  });

  it('counts bold and plain lines acting as headings (pseudo-heading reports those)', () => {
    const text = 'Issue Summary:\nx\n\n**Timeline**\n- 10:00: a\n\nRoot cause:\nx\n\nResolution and Recovery:\nx\n\nPreventive Measures:\nx\ny\n';
    assert.deepEqual(diagnosticsOf(text, RULE), []);
  });

  it('requires the sections configured, and only those', () => {
    const text = '# Outage\n\n## Summary\n\nCheckout failed.\n';
    assert.deepEqual(diagnosticsOf(text, RULE, { requiredSections: ['summary'] }), []);
    assert.deepEqual(diagnosticsOf(text, RULE, { requiredSections: ['summary', 'impact'] }).map((d) => d.message), [
      'The report has no Impact section. Add a `## Impact` heading with who and what was affected, and how much.',
    ]);
    assert.deepEqual(diagnosticsOf(text, RULE, { requiredSections: [] }), []);
  });

  it('gives the missing kind, for a quick fix', () => {
    assert.deepEqual(lintRule('# Outage\n\n## Impact\n\nx\n', RULE, { requiredSections: ['timeline', 'summary'] }).map((d) => d.data), [{ kind: 'summary' }, { kind: 'timeline' }]);
  });

  it('says once that a file has no section at all, instead of listing every section as missing', () => {
    const doc = marked('⟦# 0x19. Postmortem⟧\n\n[Read it on my blog](https://example.com/postmortem)\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    const [finding] = diagnosticsOf(doc.text, RULE);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /^No heading in this file names a part of a postmortem/);
  });

  it('says nothing of a report in a language whose section names it does not know', () => {
    const italian = dedent`
      # Interruzione del servizio di pagamento

      ## Sommario

      Il servizio di pagamento non era disponibile per la maggior parte degli utenti e non è stato possibile completare gli ordini.

      ## Cronologia

      - 10:00: il servizio si è fermato
      - 10:40: il servizio è stato ripristinato
    `;
    assert.deepEqual(diagnosticsOf(italian, RULE), []);
    assert.deepEqual(diagnosticsOf('# 障害報告\n\n## 概要\n\n決済サービスが停止しました。ユーザーは支払いができませんでした。\n\n## 経過\n\n- 10:00 停止\n', RULE).map((d) => d.message.split('.')[0]), [
      'The report has no Root Cause section',
      'The report has no Resolution section',
      'The report has no Action Items section',
    ]);
  });

  it('holds a report that names no template to the bundled template its headings follow, as a suggestion naming it', () => {
    const company = dedent`
      # Checkout outage

      ## Overview

      Checkout failed for an hour.

      ## Impact

      40% of orders failed.

      ## Timeline

      - 10:00: alert

      ## Contributing Factors

      A bad index.

      ## Resolution

      Rolled back.
    `;
    assert.deepEqual(diagnosticsOf(company, RULE).map((d) => [d.severity, d.message.split('. Add')[0]]), [
      ['warning', 'The report has no Action Items section, which the `pagerduty` template has (assumed from the report\'s headings; name a template in the front matter to choose)'],
    ]);
    // A student report lacking a section is held to the default sections, as an error.
    assert.deepEqual(diagnosticsOf('# Outage\n\n## Issue Summary\n\nx\n\n## Timeline\n\n- 10:00: a\n\n## Root cause\n\ny\n\n## Corrective measures\n\n- z\n', RULE).map((d) => [d.severity, d.message.split('.')[0]]), [
      ['error', 'The report has no Resolution section'],
    ]);
    // Settings chosen by the user are kept as they are.
    assert.deepEqual(diagnosticsOf(company, RULE, { requiredSections: ['summary', 'trigger'] }).map((d) => d.message.split('.')[0]), ['The report has no Trigger section']);
  });

  it('counts a Remediation section as telling the resolution too', () => {
    const text = '# Outage\n\n## Summary\n\nx\n\n## Timeline\n\n- 10:00: a\n\n## Root cause\n\ny\n\n## Remediation\n\n- Rolled back; add a canary.\n';
    assert.deepEqual(diagnosticsOf(text, RULE), []);
  });

  it('is silent on a complete report', () => {
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
  });

  describe('fix', () => {
    /** A report with every default section but Resolution, whose place is after Root cause. */
    const WITHOUT_RESOLUTION = dedent`
      # Outage

      ## Summary

      From 10:00 to 10:20 UTC, 40% of requests failed, caused by a bad push.

      ## Timeline (UTC)

      - 10:00: Deploy starts
      - 10:20: Rollback done

      ## Root cause

      A bad push.

      ## Action items

      - [ ] Check pushes @dana
    ` + '\n';

    it('adds the section with a line of guidance after the section that comes before it, as the preferred fix', () => {
      assert.deepEqual(fixesOf(WITHOUT_RESOLUTION, RULE).map((f) => [f.title, f.preferred]), [['Add a ## Resolution section', true]]);
      assert.equal(applyFix(WITHOUT_RESOLUTION, RULE), dedent`
        # Outage

        ## Summary

        From 10:00 to 10:20 UTC, 40% of requests failed, caused by a bad push.

        ## Timeline (UTC)

        - 10:00: Deploy starts
        - 10:20: Rollback done

        ## Root cause

        A bad push.

        ## Resolution

        _How service was restored and when._

        ## Action items

        - [ ] Check pushes @dana
      ` + '\n');
    });

    it('inserts nothing but the section: one edit, an insertion', () => {
      const [fix] = fixesOf(WITHOUT_RESOLUTION, RULE);
      assert.equal(fix.edits.length, 1);
      assert.equal(fix.edits[0].range.start, fix.edits[0].range.end);
    });

    it('follows the document\'s own order: after Root cause even when Timeline comes after it', () => {
      const text = '# Outage\n\n## Summary\n\nx\n\n## Root cause\n\ny\n\n## Timeline\n\n- 10:00: a\n';
      assert.equal(
        applyFix(text, RULE, { config: { requiredSections: ['resolution'] } }),
        '# Outage\n\n## Summary\n\nx\n\n## Root cause\n\ny\n\n## Resolution\n\n_How service was restored and when._\n\n## Timeline\n\n- 10:00: a\n',
      );
    });

    it('goes before the section that comes after it when none comes before', () => {
      const text = '# Outage\n\nIntro.\n\n## Root cause\n\ny\n';
      assert.equal(
        applyFix(text, RULE, { config: { requiredSections: ['impact'] } }),
        '# Outage\n\nIntro.\n\n## Impact\n\n_Who and what was affected, and how much._\n\n## Root cause\n\ny\n',
      );
    });

    it('goes at the end after the last section, keeping the line break at the end, or its absence, without doubling blank lines', () => {
      const config = { requiredSections: ['action_items' as const] };
      const added = '## Action Items\n\n_Concrete actions, each with an owner and a due date._';
      assert.equal(applyFix('# Outage\n\n## Resolution\n\nRolled back.\n', RULE, { config }), `# Outage\n\n## Resolution\n\nRolled back.\n\n${added}\n`);
      assert.equal(applyFix('# Outage\n\n## Resolution\n\nRolled back.', RULE, { config }), `# Outage\n\n## Resolution\n\nRolled back.\n\n${added}`);
      assert.equal(applyFix('# Outage\n\n## Resolution\n\nRolled back.\n\n\n', RULE, { config }), `# Outage\n\n## Resolution\n\nRolled back.\n\n\n${added}\n`);
    });

    it('adds a blank line before a following heading that had none before it', () => {
      const text = '# Outage\n## Root cause\ny\n';
      assert.equal(applyFix(text, RULE, { config: { requiredSections: ['impact'] } }), '# Outage\n\n## Impact\n_Who and what was affected, and how much._\n\n## Root cause\ny\n');
    });

    it('writes the heading at the level the sections use, or one below the title', () => {
      const config = { requiredSections: ['resolution' as const] };
      assert.match(applyFix('# Outage\n\n### Summary\n\nx\n\n### Root cause\n\ny\n', RULE, { config }), /\n\n### Resolution\n\n/);
      assert.match(applyFix('## Outage\n\n**Summary**\n\nx\n', RULE, { config }), /\n\n### Resolution\n\n/);
      assert.match(applyFix('Outage notes\n\nSummary:\nx\n', RULE, { config }), /\n\n## Resolution\n_/);
      // Sections above the title: heading-level asks for a level below the title, and so does the new section.
      assert.match(applyFix('## Outage\n\n# Summary\n\nx\n', RULE, { config }), /\n\n### Resolution\n\n/);
    });

    it('leaves out the blank line under the heading when the document\'s headings have none', () => {
      const text = '# Outage\n\n## Summary\nx\n\n## Root cause\ny\n';
      assert.equal(applyFix(text, RULE, { config: { requiredSections: ['resolution'] } }), `${text}\n## Resolution\n_How service was restored and when._\n`);
    });

    it('writes the summary\'s window from the timeline\'s first and last times, past midnight, in the timeline\'s style', () => {
      const text = dedent`
        # Outage

        ## Timeline

        - 11:32 PM: ORM updated
        - 00:13 AM: Logs read
        - 01:48 AM: All services restored
      ` + '\n';
      assert.equal(applyFix(text, RULE, { config: { requiredSections: ['summary'] } }), dedent`
        # Outage

        ## Summary

        From 11:32 PM to 01:48 AM, _who or what was affected, and how much_. _The root cause, in one sentence._

        ## Timeline

        - 11:32 PM: ORM updated
        - 00:13 AM: Logs read
        - 01:48 AM: All services restored
      ` + '\n');
    });

    it('offers no summary without two distinct times in the timeline, since a summary without its window is incomplete', () => {
      const config = { requiredSections: ['summary' as const] };
      assert.deepEqual(fixesOf('# Outage\n\n## Root cause\n\nx\n', RULE, { config }), []);
      assert.deepEqual(fixesOf('# Outage\n\n## Timeline\n\n- 10:00: a\n- 10:00: b\n', RULE, { config }), []);
    });

    it('shows the timeline\'s example entry in the document\'s clock', () => {
      const config = { requiredSections: ['timeline' as const] };
      assert.match(applyFix('# Outage\n\n## Summary\n\nFrom 22:00 to 22:30, checkout failed because of a bad push.\n', RULE, { config }), /\n_One list item per event, in order: `- 22:42: what happened`\._\n$/);
      assert.match(applyFix('# Outage\n\n## Summary\n\nFrom 10:00 pm to 10:30 pm, checkout failed because of a bad push.\n', RULE, { config }), /`- 10:42 pm: what happened`/);
    });

    it('adds every kind of section without any rule finding fault with it', () => {
      const text = '# Outage\n\n## Timeline (UTC)\n\n- 10:00: Deploy starts\n- 10:20: Rollback done\n';
      const requiredSections = SECTION_KINDS.filter((kind) => kind !== 'timeline');
      requiredSections.forEach((kind, index) => {
        const fixed = applyFix(text, RULE, { index, config: { requiredSections } });
        assert.ok(lintRule(fixed, RULE, { requiredSections }).every((d) => d.data?.kind !== kind), kind);
      });
    });

    it('writes CRLF line breaks in a CRLF document', () => {
      const crlf = (text: string) => text.replace(/\n/g, '\r\n');
      assert.equal(applyFix(crlf(WITHOUT_RESOLUTION), RULE), crlf(applyFix(WITHOUT_RESOLUTION, RULE)));
    });

    it('counts from before a byte order mark, and keeps emoji', () => {
      const text = '\uFEFF# Outage 🔥\n\n## Root cause 🧯\n\ny\n';
      assert.equal(applyFix(text, RULE, { config: { requiredSections: ['impact'] } }), '\uFEFF# Outage 🔥\n\n## Impact\n\n_Who and what was affected, and how much._\n\n## Root cause 🧯\n\ny\n');
      assert.equal(applyFix('\uFEFF## Root cause\n\ny\n', RULE, { config: { requiredSections: ['impact'] } }), '\uFEFF## Impact\n\n_Who and what was affected, and how much._\n\n## Root cause\n\ny\n');
    });

    it('offers no fix when the level would be past 6', () => {
      assert.deepEqual(fixesOf('###### Outage\n\nx\n', RULE, { config: { requiredSections: ['impact'] } }), []);
    });
  });
});
