/**
 * One Faker instance for the whole process whose randomizer reads from a swappable Rng: setting
 * `bridge.rng` before a call is far cheaper than reseeding faker per cell, and keeps every draw
 * on placebo's (seed, table, row, column) streams.
 */
import type { Faker, Randomizer } from '@faker-js/faker';
// The per-locale entry loads one locale instead of all of them (startup time of every run and worker).
import { faker as enUs } from '@faker-js/faker/locale/en_US';
import type { Rng } from '../core/rng.js';

/** Faker calls next() unbound, so the randomizer is closures over a shared slot, not a class. */
function swappableRandomizer(): Randomizer & { rng: Rng | undefined } {
  const slot: Randomizer & { rng: Rng | undefined } = {
    rng: undefined,
    next: () => {
      if (!slot.rng) throw new Error('faker used outside a generator cell');
      return slot.rng.float();
    },
    // Seeding is placebo's job (rngFor); faker's own seed calls are ignored.
    seed: () => {},
  };
  return slot;
}

export interface FakerBridge {
  faker: Faker;
  /** Resolve `location.city` to a callable, or undefined when it is not a faker method. */
  method(path: string): ((...args: unknown[]) => unknown) | undefined;
  call(rng: Rng, fn: (...args: unknown[]) => unknown, args: readonly unknown[]): unknown;
  /** Method paths, for "did you mean" hints. */
  methods(): string[];
}

export function fakerBridge(refDate: string): FakerBridge {
  const randomizer = swappableRandomizer();
  // Same class and merged [en_US, en, base] definitions as the locale's own instance, our randomizer.
  const FakerClass = enUs.constructor as typeof Faker;
  const faker = new FakerClass({ locale: enUs.rawDefinitions, randomizer });
  faker.setDefaultRefDate(`${refDate}T00:00:00.000Z`);
  const modules = faker as unknown as Record<string, Record<string, unknown>>;
  return {
    faker,
    method(path) {
      const [mod, name, ...rest] = path.split('.');
      if (!mod || !name || rest.length > 0 || mod.startsWith('_') || name.startsWith('_')) return undefined;
      if (!Object.hasOwn(modules, mod) || mod === 'fakerCore') return undefined;
      const m = modules[mod];
      if (!m || typeof m !== 'object') return undefined;
      const fn = m[name];
      return typeof fn === 'function' ? (fn.bind(m) as (...args: unknown[]) => unknown) : undefined;
    },
    call(rng, fn, args) {
      randomizer.rng = rng;
      try {
        return fn(...args);
      } finally {
        randomizer.rng = undefined;
      }
    },
    methods() {
      const out: string[] = [];
      for (const mod of Object.keys(modules)) {
        const m = modules[mod];
        if (!m || typeof m !== 'object' || mod.startsWith('_') || mod === 'fakerCore') continue;
        let proto: object | null = m;
        const seen = new Set<string>();
        while (proto && proto !== Object.prototype) {
          for (const k of Object.getOwnPropertyNames(proto)) {
            if (
              k !== 'constructor' &&
              !k.startsWith('_') &&
              typeof (m as Record<string, unknown>)[k] === 'function'
            )
              seen.add(k);
          }
          proto = Object.getPrototypeOf(proto) as object | null;
        }
        for (const k of seen) out.push(`${mod}.${k}`);
      }
      return out;
    },
  };
}
