import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '..', '..');
export const DIST = join(REPO, 'dist');

/** `../shared` beside the repository (real reports used as test inputs), or null when absent. */
export function sharedFolder(): string | null {
  const folder = resolve(REPO, '..', 'shared');
  return existsSync(join(folder, 'seeds')) ? folder : null;
}
