/**
 * One Faker instance for the whole process whose randomizer reads from a swappable Rng: setting
 * `bridge.rng` before a call is far cheaper than reseeding faker per cell, and keeps every draw
 * on placebo's (seed, table, row, column) streams.
 */
import type { Faker, Randomizer } from '@faker-js/faker';
import type { Rng } from '../core/rng.js';
import type { GeneratorSchema } from '../schema/generator-schema.js';

// faker's locale data costs ~35 MB and ~0.3 s per thread, so it loads only for schemas with a
// faker column (the per-locale entry: one locale, not all of them).
let enUs: Faker | undefined;

export function usesFaker(schema: GeneratorSchema): boolean {
  return Object.values(schema.tables).some((t) =>
    Object.values(t.columns).some((c) => typeof c === 'object' && c.faker !== undefined),
  );
}

/** Load faker (once per thread). */
export async function loadFaker(): Promise<void> {
  enUs ??= (await import('@faker-js/faker/locale/en_US')).faker;
}

/** Load faker when `schema` needs it; call before compiling a plan from that schema. */
export async function loadFakerFor(schema: GeneratorSchema): Promise<void> {
  if (usesFaker(schema)) await loadFaker();
}

function loadedFaker(): Faker {
  if (!enUs) throw new Error('faker is used by a schema it was not loaded for (call loadFakerFor first)');
  return enUs;
}

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
  let instance: Faker | undefined;
  let modules: Record<string, Record<string, unknown>> = {};
  // Built on first use: a plan without faker columns never touches it.
  const faker = (): Faker => {
    if (!instance) {
      const locale = loadedFaker();
      // Same class and merged [en_US, en, base] definitions as the locale's own instance, our randomizer.
      const FakerClass = locale.constructor as typeof Faker;
      instance = new FakerClass({ locale: locale.rawDefinitions, randomizer });
      instance.setDefaultRefDate(`${refDate}T00:00:00.000Z`);
      modules = instance as unknown as Record<string, Record<string, unknown>>;
    }
    return instance;
  };
  return {
    get faker() {
      return faker();
    },
    method(path) {
      faker();
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
      faker();
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
