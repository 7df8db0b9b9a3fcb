import { strict as assert } from 'node:assert';
import { DEFAULT_SETTINGS, readSettings } from '../../../server/src/lsp/settings';

describe('settings', () => {
  it('defaults everything when the section is missing', () => {
    assert.deepEqual(readSettings(undefined), { settings: DEFAULT_SETTINGS, problems: [] });
    assert.equal(DEFAULT_SETTINGS.defaultTimeZone, null);
    assert.equal(DEFAULT_SETTINGS.inlayHints.elapsed, false);
  });

  it('accepts a default time zone written as an abbreviation, an offset or an IANA name', () => {
    for (const zone of ['UTC', 'WAT', 'UTC+1', 'UTC-05:30', 'Africa/Lagos', ' EAT ']) {
      const { settings, problems } = readSettings({ defaultTimeZone: zone });
      assert.deepEqual(problems, [], zone);
      assert.equal(settings.defaultTimeZone, zone.trim());
    }
  });

  it('reports an unknown default time zone and keeps none', () => {
    const { settings, problems } = readSettings({ defaultTimeZone: 'Mars/Olympus' });
    assert.equal(settings.defaultTimeZone, null);
    assert.deepEqual(problems, ['`postmortem.defaultTimeZone`: `Mars/Olympus` is not a time zone this extension knows (use an abbreviation such as UTC or WAT, an offset such as UTC+1, or an IANA name such as Africa/Lagos).']);
  });

  it('treats an empty default time zone as unset', () => {
    assert.deepEqual(readSettings({ defaultTimeZone: '' }), { settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('turns elapsed-time inlay hints on only when asked', () => {
    assert.equal(readSettings({ inlayHints: { elapsed: true } }).settings.inlayHints.elapsed, true);
    assert.equal(readSettings({ inlayHints: { elapsed: 'yes' } }).settings.inlayHints.elapsed, false);
    assert.equal(readSettings({ inlayHints: {} }).settings.inlayHints.elapsed, false);
  });

  it('reports files that are not a list of globs, and keeps the defaults', () => {
    const { settings, problems } = readSettings({ files: 'postmortems/*.md' });
    assert.deepEqual(settings.files, DEFAULT_SETTINGS.files);
    assert.deepEqual(problems, ['`postmortem.files` must be a list of glob patterns.']);
  });
});
