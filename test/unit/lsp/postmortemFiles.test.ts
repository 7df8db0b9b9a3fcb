import { strict as assert } from 'node:assert';
import { isPostmortem } from '../../../server/src/lsp/postmortemFiles';
import { DEFAULT_SETTINGS } from '../../../server/src/lsp/settings';
import { analyze } from '../../../server/src/model';
import { dedent } from '../helpers';

const FOLDER = 'file:///work/site';
const ORDINARY = '# Tools\n\n## Installation\n\nRun make.\n';
const TWO_SECTIONS = dedent`
  # Queue stall

  ## Summary

  The mailer stopped.

  ## Timeline

  - 10:00 - Broker fails over
`;

const decide = (uri: string, text: string, options: { languageId?: string; settings?: Partial<typeof DEFAULT_SETTINGS> } = {}) =>
  isPostmortem({ uri, languageId: options.languageId ?? 'markdown' }, analyze(text), { ...DEFAULT_SETTINGS, ...options.settings }, [FOLDER]);

describe('which documents are postmortems', () => {
  it('takes a path matching postmortem.files, inside the workspace folder, whatever its case', () => {
    assert.equal(decide(`${FOLDER}/postmortems/2026-02-10.md`, ORDINARY), true);
    assert.equal(decide(`${FOLDER}/docs/DNS-Incident.md`, ORDINARY), true);
    assert.equal(decide(`${FOLDER}/README.md`, ORDINARY), false);
    assert.equal(decide(`${FOLDER}/README.md`, ORDINARY, { settings: { files: ['README.md'] } }), true);
  });

  it('takes front matter saying type: postmortem, and the postmortem language, wherever the file is', () => {
    assert.equal(decide(`${FOLDER}/notes/a.md`, `---\ntype: postmortem\n---\n${ORDINARY}`), true);
    assert.equal(decide(`${FOLDER}/notes/a.postmortem.md`, ORDINARY, { languageId: 'postmortem', settings: { files: [] } }), true);
  });

  it('detects a report by real headings for two kinds of section, unless postmortem.detect is off', () => {
    assert.equal(decide(`${FOLDER}/notes/a.md`, TWO_SECTIONS), true);
    assert.equal(decide(`${FOLDER}/notes/a.md`, TWO_SECTIONS, { settings: { detect: false } }), false);
    assert.equal(decide(`${FOLDER}/notes/a.md`, TWO_SECTIONS.replace('## Timeline', '**Timeline**')), false);
  });
});
