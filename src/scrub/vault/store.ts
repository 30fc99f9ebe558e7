/**
 * The pseudonym store. Each distinct original gets a random token (not derived from it, per
 * 164.514(c)); the mapping lives in an SQLite file whose lookup key is HMAC-SHA256(original)
 * under a key derived from the vault key and whose value is the token encrypted with
 * AES-256-GCM. Neither originals nor tokens are ever stored in clear. A bounded LRU sits in
 * front, so memory is flat. Without --vault the same store lives in a temp file under a random
 * key and is deleted at the end of the run.
 *
 * Writes are behind the LRU: a new pair lives in memory until the LRU evicts it (or the run
 * commits), and only then pays for the keyed hashes, the seal and the insert. Two in-memory
 * Bloom filters say "certainly new" for originals and tokens first seen this run, so a new
 * original costs no database read while the vault held nothing before the run.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PlaceboError } from '../../core/errors.js';
import { GrowingBloom } from './bloom.js';
import { Lru } from './lru.js';

const CHECK_TEXT = 'placebo-vault-v1';

interface Entry {
  token: string;
  /** Already in the database (read from it, or written on eviction). */
  stored: boolean;
}

interface Keys {
  enc: Buffer;
  mac: Buffer;
}

function deriveKeys(master: Buffer, salt: Buffer): Keys {
  return {
    enc: Buffer.from(hkdfSync('sha256', master, salt, 'placebo vault enc', 32)),
    mac: Buffer.from(hkdfSync('sha256', master, salt, 'placebo vault mac', 32)),
  };
}

// IVs come from one randomBytes call per 1024 seals rather than a call per value.
const IV_POOL = 12 * 1024;
let ivPool = Buffer.alloc(0);
let ivAt = IV_POOL;

function nextIv(): Buffer {
  if (ivAt >= ivPool.length) {
    ivPool = randomBytes(IV_POOL);
    ivAt = 0;
  }
  ivAt += 12;
  return ivPool.subarray(ivAt - 12, ivAt);
}

function seal(key: Buffer, plain: string, aad: Buffer): Buffer {
  const iv = nextIv();
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(aad);
  const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]);
}

function open(key: Buffer, sealed: Buffer, aad: Buffer): string {
  const d = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  d.setAAD(aad);
  d.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([d.update(sealed.subarray(28)), d.final()]).toString('utf8');
}

export interface StoreStats {
  /** Distinct originals given a new token in this run. */
  created: number;
  /** Lookups answered from tokens made earlier (this run or a previous run with the vault). */
  reused: number;
}

export interface OpenStoreOptions {
  /** The vault file; undefined for a run-private temp store. */
  file?: string;
  /** 32-byte vault key; required with `file`. */
  key?: Buffer;
  /** LRU entries kept in memory. */
  cacheSize?: number;
}

export class PseudonymStore {
  readonly stats: StoreStats = { created: 0, reused: 0 };
  private readonly db: Database.Database;
  private readonly keys: Keys;
  private readonly cache: Lru<string, Entry>;
  /** Originals written to the database this run (evicted from the LRU). */
  private readonly spilled = new GrowingBloom();
  /** Tokens given out this run. */
  private readonly issued = new GrowingBloom();
  /** The vault held pairs before this run: misses must ask the database. */
  private readonly preexisting: boolean;
  private readonly getStmt: Database.Statement<[Buffer], { token: Buffer }>;
  private readonly putStmt: Database.Statement<[Buffer, Buffer]>;
  private readonly tokenStmt: Database.Statement<[Buffer], { ok: number }>;
  private readonly addTokenStmt: Database.Statement<[Buffer]>;
  private closed = false;

  private constructor(
    private readonly file: string,
    private readonly tempDir: string | undefined,
    master: Buffer,
    cacheSize: number,
    where: string,
  ) {
    try {
      this.db = new Database(file);
      this.db.pragma('journal_mode = DELETE');
      // A run-private store is deleted at the end whatever happens: no fsync needed on commit.
      if (tempDir) this.db.pragma('synchronous = OFF');
      this.db.exec(`
        CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS map (h BLOB PRIMARY KEY, token BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS tokens (h BLOB PRIMARY KEY) WITHOUT ROWID;`);
    } catch {
      throw new PlaceboError(
        'E_VAULT',
        'cannot open the vault file',
        { file: where },
        'is it a placebo vault?',
      );
    }
    const getMeta = this.db.prepare<[string], { v: Buffer }>('SELECT v FROM meta WHERE k = ?');
    let salt = getMeta.get('salt')?.v;
    const check = getMeta.get('check')?.v;
    if (!salt) {
      salt = randomBytes(16);
      this.keys = deriveKeys(master, salt);
      const put = this.db.prepare('INSERT INTO meta (k, v) VALUES (?, ?)');
      put.run('salt', salt);
      put.run('check', seal(this.keys.enc, CHECK_TEXT, Buffer.from('check')));
    } else {
      this.keys = deriveKeys(master, salt);
      let ok = false;
      try {
        ok = check !== undefined && open(this.keys.enc, check, Buffer.from('check')) === CHECK_TEXT;
      } catch {
        ok = false;
      }
      if (!ok) {
        this.db.close();
        throw new PlaceboError(
          'E_VAULT',
          'the vault key does not open this vault',
          { file: where },
          'use the key the vault was created with (PLACEBO_VAULT_KEY or --key-file)',
        );
      }
    }
    this.cache = new Lru(cacheSize, (original, entry) => {
      if (entry.stored) return;
      this.persist(original, entry.token);
      this.spilled.add(original);
    });
    this.preexisting = this.db.prepare('SELECT 1 FROM map LIMIT 1').get() !== undefined;
    this.getStmt = this.db.prepare('SELECT token FROM map WHERE h = ?');
    this.putStmt = this.db.prepare('INSERT INTO map (h, token) VALUES (?, ?)');
    this.tokenStmt = this.db.prepare('SELECT 1 AS ok FROM tokens WHERE h = ?');
    this.addTokenStmt = this.db.prepare('INSERT INTO tokens (h) VALUES (?)');
    // One transaction per run: the vault changes only when the whole run succeeds.
    this.db.exec('BEGIN');
  }

  static open(opts: OpenStoreOptions = {}): PseudonymStore {
    // The LRU only serves reuse among nearby records; the store holds the rest.
    // Measured on a 100 MB scrub with 2 workers: peak RSS 273-275 MB with 20,000
    // entries against 280-293 MB with 50,000, at the same speed.
    const cacheSize = opts.cacheSize ?? 20_000;
    if (opts.file !== undefined) {
      if (!opts.key) {
        throw new PlaceboError(
          'E_VAULT',
          '--vault needs a key',
          { file: opts.file },
          'set PLACEBO_VAULT_KEY (64 hex characters) or pass --key-file',
        );
      }
      return new PseudonymStore(opts.file, undefined, opts.key, cacheSize, opts.file);
    }
    const dir = mkdtempSync(join(tmpdir(), 'placebo-pseudonyms-'));
    return new PseudonymStore(join(dir, 'store.db'), dir, randomBytes(32), cacheSize, 'temporary store');
  }

  private mac(label: string, value: string): Buffer {
    return createHmac('sha256', this.keys.mac).update(label).update('\u0000').update(value).digest();
  }

  /**
   * The token for `original`: the one it got before, or a new one from `make` (redrawn until it
   * is unused, so different originals never share a token).
   */
  token(original: string, make: (attempt: number) => string): string {
    // The LRU lives in this process only, which holds the originals anyway: keyed by the original,
    // a hit costs no HMAC. Nothing from it is ever written in clear.
    const hit = this.cache.get(original);
    if (hit !== undefined) {
      this.stats.reused++;
      return hit.token;
    }
    if (this.preexisting || this.spilled.mightHave(original)) {
      const h = this.mac('orig', original);
      const row = this.getStmt.get(h);
      if (row) {
        const token = open(this.keys.enc, row.token, h);
        this.cache.set(original, { token, stored: true });
        this.stats.reused++;
        return token;
      }
    }
    let token = '';
    for (let attempt = 0; ; attempt++) {
      token = make(attempt);
      const used =
        this.issued.mightHave(token) ||
        (this.preexisting && this.tokenStmt.get(this.mac('token', token)) !== undefined);
      if (!used) break;
      if (attempt > 50) {
        throw new PlaceboError(
          'E_VAULT',
          'could not draw an unused pseudonym',
          {},
          'the token space is exhausted',
        );
      }
    }
    this.issued.add(token);
    this.cache.set(original, { token, stored: false });
    this.stats.created++;
    return token;
  }

  /** Write one pair: keyed hash of the original → sealed token, and the token's keyed hash. */
  private persist(original: string, token: string): void {
    const h = this.mac('orig', original);
    this.putStmt.run(h, seal(this.keys.enc, token, h));
    // Later runs check new tokens against this table; a temp store has no later run.
    if (!this.tempDir) this.addTokenStmt.run(this.mac('token', token));
  }

  /** Commit (success) or roll back (failure), close, and delete a temp store. */
  close(commit: boolean): void {
    if (this.closed) return;
    this.closed = true;
    try {
      // A kept vault needs the pairs still in memory; a temp store is deleted unread.
      if (commit && !this.tempDir) {
        for (const [original, entry] of this.cache.entries())
          if (!entry.stored) this.persist(original, entry.token);
      }
      if (this.db.inTransaction) this.db.exec(commit ? 'COMMIT' : 'ROLLBACK');
    } finally {
      this.db.close();
      if (this.tempDir) rmSync(this.tempDir, { recursive: true, force: true });
    }
  }
}
