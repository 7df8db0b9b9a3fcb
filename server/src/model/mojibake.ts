// Double-encoded text: UTF-8 bytes read as Windows-1252 (`Weâ€™ve` for `We’ve`).

import type { MojibakeRun } from './types';

/** Windows-1252 characters in 0x80–0x9F and the byte each stands for. */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};
const CONTINUATION = String.raw`[\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]`;
/** A lead byte (Â–ß for two-byte, à–ï for three-byte sequences) followed by continuation bytes. */
const SEQUENCE = new RegExp(String.raw`(?:[\u00C2-\u00DF]${CONTINUATION}|[\u00E0-\u00EF]${CONTINUATION}{2})+`, 'g');

function byteOf(char: string): number | null {
  const code = char.charCodeAt(0);
  if (code <= 0xff) return code;
  return CP1252_HIGH[char] ?? null;
}

/** Decodes a run back to what was meant, or null when its bytes are not valid UTF-8. */
export function repairMojibake(run: string): string | null {
  const bytes: number[] = [];
  for (const char of run) {
    const byte = byteOf(char);
    if (byte === null) return null;
    bytes.push(byte);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

export function findMojibake(text: string): MojibakeRun[] {
  const runs: MojibakeRun[] = [];
  for (const m of text.matchAll(SEQUENCE)) {
    const repaired = repairMojibake(m[0]);
    if (repaired !== null && repaired !== m[0]) {
      runs.push({ range: { start: m.index!, end: m.index! + m[0].length }, raw: m[0], repaired });
    }
  }
  return runs;
}
