import assert from 'node:assert/strict';
import { escapeHtml, formatClock, LineIndex, shorten } from '../../../server/src/preview/markup';

describe('preview: markup helpers', () => {
  it('escapes text for element content and quoted attributes', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('numbers lines from 0, counting CRLF, LF and a lone CR as one break each', () => {
    const text = 'a\r\nb\nc\rd\r\n\r\n🔥e';
    const lines = new LineIndex(text);
    assert.deepEqual(['a', 'b', 'c', 'd', '🔥', 'e'].map((s) => lines.lineAt(text.indexOf(s))), [0, 1, 2, 3, 5, 5]);
    assert.equal(lines.lineAt(text.indexOf('\r')), 0, 'a line break belongs to the line it ends');
    assert.equal(lines.lineAt(text.length), 5);
  });

  it('shortens to one line, never cutting an emoji in half', () => {
    assert.equal(shorten('  two\n lines  ', 20), 'two lines');
    assert.equal(shorten('abcdefgh', 5), 'abcd…');
    assert.equal(shorten('abc🔥defgh', 5), 'abc…', 'the cut would fall between the halves of 🔥');
    assert.equal(shorten('ab🔥defgh', 5), 'ab🔥…');
  });

  it('writes a clock time in a document\'s style, folding the day away', () => {
    const twelveHour = { clock: '12h', spaceBeforeMeridiem: true, lowerCaseMeridiem: false, padHour: false } as const;
    const twentyFour = { clock: '24h', spaceBeforeMeridiem: true, lowerCaseMeridiem: false, padHour: true } as const;
    assert.deepEqual([0, 13 * 60 + 5, 1440 + 90].map((m) => formatClock(m, twelveHour)), ['12:00 AM', '1:05 PM', '1:30 AM']);
    assert.deepEqual([0, 13 * 60 + 5, 1440 + 90, -30].map((m) => formatClock(m, twentyFour)), ['00:00', '13:05', '01:30', '23:30']);
  });
});
