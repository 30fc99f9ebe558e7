/** A progress bar on an interactive stderr: root rows done, rows/s and ETA. Never shows data. */
import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number, rows: number): void;
  stop(): void;
}

export function progressBar(stream: Writable, rootName: string): Progress {
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: `{bar} {percentage}% | {value}/{total} ${rootName} | {rate} rows/s | ETA {eta_formatted}`,
      hideCursor: true,
      // The caller decides interactivity (io.interactive); render even when the stream is not a TTY.
      noTTYOutput: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let begun = false;
  return {
    update(done, total, rows) {
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      const rate = Math.round(rows / seconds);
      if (!begun) {
        bar.start(total, done, { rate });
        begun = true;
      } else bar.update(done, { rate });
    },
    stop() {
      if (begun) bar.stop();
    },
  };
}
