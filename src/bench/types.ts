/** One line of `npm run bench` output. Ratios are against a baseline measured in the same run. */
export interface BenchRow {
  /** What was measured: `generate csv, 1 worker`. */
  name: string;
  /** Throughput value and its unit: rows/s, MB/s, resources/s. */
  value: number;
  unit: string;
  /** Name and value of the baseline measured in the same run, when there is one. */
  baselineName?: string;
  baseline?: number;
  /** value / baseline. */
  ratio?: number;
  /** Target ratio from the issue, when there is one (printed as pass/fail). */
  target?: number;
  peakRssMb?: number;
  note?: string;
}

/** A benchmark module under src/bench/ exports `run: Bench`. */
export type Bench = (opts: { quick: boolean }) => Promise<BenchRow[]>;
