/**
 * Node has no regex timeout, so every shipped pattern must run in linear time. Each pattern (and
 * the whole findSpans) runs on long adversarial inputs at two sizes; the time must stay small and
 * grow about linearly (a quadratic pattern takes 4x when the input doubles, and seconds in all).
 */
import { describe, expect, test } from 'vitest';
import { findSpans, PATTERN_RECOGNIZERS } from './find-spans.js';

const UNITS = [
  'a',
  '1',
  '1-',
  '1.',
  '1/',
  'a.',
  'a@',
  '@a',
  'A ',
  'Aa ',
  'A. ',
  '12 ',
  '1 A ',
  'a:',
  '1:',
  ':',
  'Mar ',
  '1 Mar ',
  'ZZTEST',
  'http://a',
  '# 1',
  'MRN ',
  'Smith, ',
  'John ',
  '(1',
  '12345-',
  'Dr. ',
  'www.a',
  'x@y.',
];

function timeOf(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function runAll(re: RegExp, s: string): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) if (m[0].length === 0) re.lastIndex++;
}

describe('every pattern is linear on adversarial input', () => {
  test.each(PATTERN_RECOGNIZERS.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    for (const unit of UNITS) {
      const small = unit.repeat(Math.ceil(20_000 / unit.length));
      const big = unit.repeat(Math.ceil(80_000 / unit.length));
      runAll(r.re, small); // warm up
      // best of three: the machine may be busy with other work
      const best = (s: string) => Math.min(...[0, 1, 2].map(() => timeOf(() => runAll(r.re, s))));
      const tSmall = best(small);
      const tBig = best(big);
      // 4x the input: linear ≈ 4x the time; quadratic ≈ 16x (and seconds). Allow noise on tiny timings.
      expect(tBig, `${r.id} on "${unit}"`).toBeLessThan(Math.max(100, tSmall * 10));
    }
  });

  test('findSpans as a whole', () => {
    // Growth, not a wall-clock limit: the suite shares two cores with other test files, so a
    // fixed budget failed under load. Linear ≈ 4x from 25k to 100k characters; quadratic ≈ 16x.
    for (const unit of UNITS) {
      const sized = (n: number) => unit.repeat(Math.ceil(n / unit.length));
      const small = sized(25_000);
      const big = sized(100_000);
      findSpans(small);
      const tSmall = timeOf(() => findSpans(small));
      const tBig = timeOf(() => findSpans(big));
      expect(tBig, `findSpans on "${unit}"`).toBeLessThan(Math.max(400, tSmall * 8));
      expect(tBig, `findSpans on "${unit}"`).toBeLessThan(20_000);
    }
  });
});
