/**
 * Progress on a terminal: one self-overwriting stderr line with the source name and the record
 * count (never a value), at most a few times a second; cleared when done.
 */
import type { Writable } from 'node:stream';

export interface Progress {
  update(p: { file: string; records: number }): void;
  done(): void;
}

export const NO_PROGRESS: Progress = { update() {}, done() {} };

export function terminalProgress(stream: Writable, minIntervalMs = 250): Progress {
  let last = 0;
  let shown = false;
  return {
    update({ file, records }) {
      const now = Date.now();
      if (now - last < minIntervalMs) return;
      last = now;
      shown = true;
      stream.write(`\r\x1b[Kplacebo check: ${file}: ${records.toLocaleString('en-US')} records`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
