import { describe, expect, it } from 'vitest';
import * as placebo from '../src/index.js';

describe('library entry point', () => {
  it('exposes the catalogue: 18 categories, every kind makes values its own test calls fake', () => {
    expect(Object.keys(placebo.CATEGORIES)).toHaveLength(18);
    const rng = placebo.rngFor('library');
    for (const kind of placebo.KINDS) {
      const value = kind.make(rng, { style: 'obvious' });
      expect(kind.isFake(value, { style: 'obvious' }).status, kind.id).not.toBe('real');
    }
    expect(() => placebo.getKind('no-such-kind')).toThrow(placebo.PlaceboError);
  });

  it('exposes the commands as functions', () => {
    expect(typeof placebo.generate).toBe('function');
    expect(typeof placebo.runScrub).toBe('function');
    expect(typeof placebo.check.runCheck).toBe('function');
    expect(placebo.findSpans('Call 617-253-1000 today').map((s) => s.kind)).toContain('phone');
  });
});
