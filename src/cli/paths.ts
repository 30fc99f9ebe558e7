/**
 * Path mistakes found before any work starts: an output directory that is a file, a report whose
 * directory does not exist. They are usage errors (exit 2) and nothing is written; left to the
 * run, they would surface late, as internal errors, after outputs were already written.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PlaceboError } from '../core/errors.js';

function kindOf(path: string): 'file' | 'dir' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** `flag DIR`: a directory, or a path that can be made one (its nearest existing ancestor is one). */
export function checkOutputDir(flag: string, path: string, cwd: string): void {
  const full = resolve(cwd, path);
  const kind = kindOf(full);
  if (kind === 'file')
    throw new PlaceboError(
      'E_USAGE',
      `${flag} names an existing file, not a directory`,
      { file: path },
      `give ${flag} a directory`,
    );
  let at = full;
  while (kindOf(at) === 'missing' && dirname(at) !== at) at = dirname(at);
  if (kindOf(at) !== 'dir')
    throw new PlaceboError(
      'E_USAGE',
      `${flag} is inside a file, not a directory`,
      { file: path },
      `give ${flag} a directory`,
    );
  if (!writable(at))
    throw new PlaceboError('E_USAGE', `${flag}: the directory is not writable`, { file: path });
}

/** `flag FILE`: not a directory, in a directory that exists and can be written. */
export function checkOutputFile(flag: string, path: string, cwd: string): void {
  const full = resolve(cwd, path);
  if (kindOf(full) === 'dir')
    throw new PlaceboError(
      'E_USAGE',
      `${flag} names a directory, not a file`,
      { file: path },
      `give ${flag} a file name`,
    );
  const parent = dirname(full);
  const kind = kindOf(parent);
  if (kind !== 'dir')
    throw new PlaceboError(
      'E_USAGE',
      `${flag}: the directory for this file does not exist`,
      { file: path },
      'create the directory first, or choose another path',
    );
  if (!writable(parent))
    throw new PlaceboError('E_USAGE', `${flag}: the directory is not writable`, { file: path });
}

/** Each given output file flag, checked; two flags naming one file is a mistake too. */
export function checkOutputFiles(files: Readonly<Record<string, string | undefined>>, cwd: string): void {
  const seen = new Map<string, string>();
  for (const [flag, path] of Object.entries(files)) {
    if (path === undefined || path === '-') continue;
    checkOutputFile(flag, path, cwd);
    const full = resolve(cwd, path);
    const other = seen.get(full);
    if (other) throw new PlaceboError('E_USAGE', `${other} and ${flag} name the same file`, { file: path });
    seen.set(full, flag);
  }
}
