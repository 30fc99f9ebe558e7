import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PlaceboError } from '../../src/core/errors.js';
import { CATALOGUE } from '../../src/detect/index.js';
import { pseudonymiser } from '../../src/scrub/pseudonyms.js';
import { loadVaultKey, parseKey } from '../../src/scrub/vault/keys.js';
import { Lru } from '../../src/scrub/vault/lru.js';
import { PseudonymStore } from '../../src/scrub/vault/store.js';

const made: string[] = [];
const dir = () => {
  const d = mkdtempSync(join(tmpdir(), 'placebo-vault-'));
  made.push(d);
  return d;
};
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof PlaceboError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('vault keys', () => {
  const key = randomBytes(32);
  it('reads hex, base64 and raw 32-byte keys', () => {
    expect(parseKey(key.toString('hex'), 'x').equals(key)).toBe(true);
    expect(parseKey(key.toString('base64'), 'x').equals(key)).toBe(true);
    expect(parseKey(key, 'x').equals(key)).toBe(true);
  });
  it('rejects short keys without echoing them', () => {
    try {
      parseKey('abcdef1234', 'PLACEBO_VAULT_KEY');
      expect.unreachable();
    } catch (e) {
      expect((e as PlaceboError).code).toBe('E_VAULT');
      expect((e as Error).message).not.toContain('abcdef1234');
    }
  });
  it('prefers --key-file over the environment', () => {
    const d = dir();
    writeFileSync(join(d, 'k'), `${key.toString('hex')}\n`);
    const other = randomBytes(32).toString('hex');
    const got = loadVaultKey({ keyFile: 'k', env: { PLACEBO_VAULT_KEY: other }, cwd: d });
    expect(got?.equals(key)).toBe(true);
    expect(loadVaultKey({ env: {}, cwd: d })).toBeUndefined();
    expect(codeOf(() => loadVaultKey({ keyFile: 'missing', env: {}, cwd: d }))).toBe('E_VAULT');
  });
});

describe('LRU', () => {
  it('stays bounded and evicts the least recently used', () => {
    const l = new Lru<string, number>(2);
    l.set('a', 1);
    l.set('b', 2);
    l.get('a');
    l.set('c', 3);
    expect(l.size).toBe(2);
    expect(l.get('b')).toBeUndefined();
    expect(l.get('a')).toBe(1);
  });

  it('hands every evicted entry to onEvict exactly once, oldest first, and keeps the recent ones', () => {
    const evicted: number[] = [];
    const l = new Lru<number, number>(16, (k) => evicted.push(k));
    for (let i = 0; i < 1000; i++) {
      l.set(i, i);
      l.get(0); // 0 stays the most recently used
    }
    expect(l.size).toBeLessThanOrEqual(16);
    expect(l.get(0)).toBe(0);
    expect(l.get(999)).toBe(999);
    const kept = [...l.entries()].map(([k]) => k);
    expect(new Set([...evicted, ...kept]).size).toBe(1000);
    expect(evicted.length + kept.length).toBe(1000);
    expect(evicted).toEqual([...evicted].sort((a, b) => a - b));
  });
});

describe('pseudonym store', () => {
  const originals = Array.from({ length: 300 }, (_, i) => `MRN${String(900000 + i)}`);

  it('gives the same token to the same original and distinct tokens to distinct ones', () => {
    const store = PseudonymStore.open({ cacheSize: 16 });
    const p = pseudonymiser(store, CATALOGUE);
    const first = originals.map((o) => p('mrn', o));
    const again = originals.map((o) => p('mrn', o));
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(originals.length);
    for (let i = 0; i < first.length; i++) {
      expect(first[i]).not.toBe(originals[i]);
      expect(first[i]).toMatch(/TEST/i);
    }
    expect(store.stats.created).toBe(300);
    store.close(true);
  });

  it('tokens are random, not derived from the original: two runs disagree', () => {
    const a = PseudonymStore.open();
    const b = PseudonymStore.open();
    const ta = originals.slice(0, 20).map((o) => pseudonymiser(a, CATALOGUE)('mrn', o));
    const tb = originals.slice(0, 20).map((o) => pseudonymiser(b, CATALOGUE)('mrn', o));
    expect(ta.filter((t, i) => t === tb[i]).length).toBeLessThan(2);
    a.close(true);
    b.close(true);
  });

  it('persists across runs with the key, holds no original or token in clear, and refuses a wrong key', () => {
    const d = dir();
    const file = join(d, 'vault.db');
    const key = randomBytes(32);
    const s1 = PseudonymStore.open({ file, key });
    const t1 = originals.map((o) => pseudonymiser(s1, CATALOGUE)('mrn', o));
    s1.close(true);
    const bytes = readFileSync(file);
    for (const o of originals.slice(0, 50)) expect(bytes.includes(Buffer.from(o))).toBe(false);
    for (const t of t1.slice(0, 50)) expect(bytes.includes(Buffer.from(t))).toBe(false);

    const s2 = PseudonymStore.open({ file, key, cacheSize: 8 });
    const t2 = originals.map((o) => pseudonymiser(s2, CATALOGUE)('mrn', o));
    expect(t2).toEqual(t1);
    expect(s2.stats.created).toBe(0);
    s2.close(true);

    expect(codeOf(() => PseudonymStore.open({ file, key: randomBytes(32) }))).toBe('E_VAULT');
    expect(codeOf(() => PseudonymStore.open({ file }))).toBe('E_VAULT');
  });

  it('rolls back a failed run and removes its temp store', () => {
    const d = dir();
    const file = join(d, 'vault.db');
    const key = randomBytes(32);
    const s1 = PseudonymStore.open({ file, key });
    pseudonymiser(s1, CATALOGUE)('mrn', 'MRN1');
    s1.close(false);
    const s2 = PseudonymStore.open({ file, key });
    pseudonymiser(s2, CATALOGUE)('mrn', 'MRN1');
    expect(s2.stats.created).toBe(1);
    s2.close(true);
    expect(existsSync(file)).toBe(true);
  });

  it('rejects a file that is not a vault', () => {
    const d = dir();
    writeFileSync(join(d, 'x.db'), 'not a database at all, just text '.repeat(100));
    expect(codeOf(() => PseudonymStore.open({ file: join(d, 'x.db'), key: randomBytes(32) }))).toBe(
      'E_VAULT',
    );
  });
});

describe('pseudonym store writes behind its cache', () => {
  const originals = Array.from({ length: 2000 }, (_, i) => `ACCT${String(5_000_000 + i * 7)}`);

  it('gives evicted originals their token back, and never reuses a token, with a tiny cache', () => {
    const store = PseudonymStore.open({ cacheSize: 10 });
    const p = pseudonymiser(store, CATALOGUE);
    const first = originals.map((o) => p('account-number', o));
    // Old originals in a scrambled order (cache hits and database reads), then new ones in between.
    const order = originals.map((_, i) => (i * 13) % originals.length);
    const again = order.map((j) => p('account-number', originals[j]!));
    expect(again).toEqual(order.map((j) => first[j]));
    const fresh = order.slice(0, 500).map((j) => p('account-number', `NEW${originals[j]}`));
    expect(new Set([...first, ...fresh]).size).toBe(originals.length + 500);
    expect(store.stats.created).toBe(originals.length + 500);
    store.close(true);
  });

  it('a kept vault holds every pair after commit, including those never evicted', () => {
    const d = dir();
    const file = join(d, 'vault.db');
    const key = randomBytes(32);
    const s1 = PseudonymStore.open({ file, key, cacheSize: 50 });
    const t1 = originals.slice(0, 120).map((o) => pseudonymiser(s1, CATALOGUE)('mrn', o));
    s1.close(true);
    const s2 = PseudonymStore.open({ file, key, cacheSize: 50 });
    const p2 = pseudonymiser(s2, CATALOGUE);
    expect(originals.slice(0, 120).map((o) => p2('mrn', o))).toEqual(t1);
    // New originals in a vault with history still get tokens no earlier run gave out.
    const fresh = originals.slice(120, 400).map((o) => p2('mrn', o));
    expect(fresh.filter((t) => t1.includes(t))).toEqual([]);
    expect(s2.stats.created).toBe(280);
    s2.close(true);
  });
});
