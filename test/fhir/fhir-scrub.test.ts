/**
 * FHIR scrubbing end to end through the built CLI (npm run build first): generated Bundles and
 * bulk NDJSON with identifiers planted in every element the rules cover. After scrubbing, every
 * resource is still schema-valid, every reference resolves (across files for bulk output), the
 * planted identifiers are gone (recall per element), and check passes on the output as on the
 * generated input.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { narrativeText } from '../../src/fhir/narrative.js';
import { sharedOrganization } from '../../src/fhir/resources.js';
import type { Plan } from '../../src/generate/plan.js';
import { placebo } from '../scrub/helpers/cli.js';
import { defaultPlan, fhirFiles } from './default-plan.js';
import { references } from './json-walk.js';
import { type Planted, plantPatient } from './plant.js';
import { validateResource } from './validator.js';

type Json = Record<string, unknown>;
const COUNT = 12;
let plan: Plan;
let dir: string;
const planted: Planted[] = [];
/** Where each input resource sits: `file#position` (Bundle entry or NDJSON line), same in the output. */
const placeOf = new Map<Json, string>();

const block = (mode: 'fhir' | 'fhir-ndjson', start: number, end: number) => fhirFiles(plan, mode, start, end);

beforeAll(async () => {
  plan = await defaultPlan('11', COUNT);
  dir = mkdtempSync(join(tmpdir(), 'placebo-fhir-scrub-'));
  for (const d of ['gen-bundle', 'gen-bulk', 'bundle', 'bulk']) mkdirSync(join(dir, d));
  // Generated, untouched: check must pass on these.
  for (const [f, text] of block('fhir', 0, 4)) writeFileSync(join(dir, 'gen-bundle', f), text);
  for (const [f, text] of block('fhir-ndjson', 0, 4)) writeFileSync(join(dir, 'gen-bulk', f), text);
  // Planted: Bundles for patients 0..5, bulk NDJSON for 6..11.
  let i = 0;
  for (const [f, text] of block('fhir', 0, COUNT / 2)) {
    const bundle = JSON.parse(text) as { entry: Json[] };
    const resources = bundle.entry.map((e) => e.resource as Json);
    const p = plantPatient(resources, i++, (_t, id) => `urn:uuid:${id}`);
    planted.push(...p.planted);
    // Added resources get uuid ids so they resolve as urn:uuid fullUrls.
    for (const [k, r] of p.added.entries()) {
      r.id = `0000000${k}-0000-4000-8000-${String(100000000000 + i).padStart(12, '0')}`;
      bundle.entry.push({
        fullUrl: `urn:uuid:${r.id}`,
        resource: r,
        request: { method: 'POST', url: r.resourceType },
      });
    }
    for (const [k, e] of bundle.entry.entries()) placeOf.set(e.resource as Json, `out-bundle/${f}#${k}`);
    writeFileSync(join(dir, 'bundle', f), `${JSON.stringify(bundle, null, 2)}\n`);
  }
  const bulk = new Map<string, Json[]>();
  const gen = block('fhir-ndjson', COUNT / 2, COUNT);
  const byPatient = new Map<string, Json[]>();
  for (const text of gen.values()) {
    for (const line of text.trimEnd().split('\n')) {
      const r = JSON.parse(line) as Json;
      const subject = ((r.subject ?? r.patient) as { reference?: string } | undefined)?.reference;
      const key = r.resourceType === 'Patient' ? `Patient/${r.id}` : (subject ?? 'shared');
      if (!byPatient.has(key)) byPatient.set(key, []);
      byPatient.get(key)!.push(r);
    }
  }
  for (const [key, rs] of byPatient) {
    if (!key.startsWith('Patient/')) continue;
    const p = plantPatient(rs, i++, (t, id) => `${t}/${id}`);
    planted.push(...p.planted);
    for (const r of [...rs, ...p.added]) {
      const t = r.resourceType as string;
      if (!bulk.has(t)) bulk.set(t, []);
      bulk.get(t)!.push(r);
    }
  }
  for (const r of byPatient.get('shared') ?? []) {
    const t = r.resourceType as string;
    if (!bulk.has(t)) bulk.set(t, []);
    bulk.get(t)!.push(r);
  }
  bulk.set('Organization', [sharedOrganization(plan.seed)]);
  for (const [t, rs] of bulk) for (const [k, r] of rs.entries()) placeOf.set(r, `out-bulk/${t}.ndjson#${k}`);
  for (const [t, rs] of bulk)
    writeFileSync(join(dir, 'bulk', `${t}.ndjson`), `${rs.map((r) => JSON.stringify(r)).join('\n')}\n`);
  for (const d of ['bundle', 'bulk']) {
    const s = placebo(['scrub', d, '--out', `out-${d}`, '--quiet'], { cwd: dir });
    expect(s.stderr).toBe('');
    expect(s.code).toBe(0);
  }
}, 120_000);

afterAll(() => {
  if (process.env.PLACEBO_KEEP_TEST_DIR) console.log(dir);
  else rmSync(dir, { recursive: true, force: true });
});

function readResources(d: string): { file: string; resource: Json; fullUrl?: string; bundle?: Json }[] {
  const out: { file: string; resource: Json; fullUrl?: string; bundle?: Json }[] = [];
  for (const f of readdirSync(join(dir, d)).sort()) {
    const text = readFileSync(join(dir, d, f), 'utf8');
    if (f.endsWith('.ndjson')) {
      for (const line of text.trimEnd().split('\n'))
        out.push({ file: f, resource: JSON.parse(line) as Json });
    } else {
      const bundle = JSON.parse(text) as Json & { entry: { fullUrl: string; resource: Json }[] };
      out.push({ file: f, resource: bundle });
      for (const e of bundle.entry) out.push({ file: f, resource: e.resource, fullUrl: e.fullUrl, bundle });
    }
  }
  return out;
}

/** All text a reader of the output could see: strings, narrative text, decoded base64 text. */
function visibleText(v: unknown, into: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) visibleText(x, into);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v as Json)) {
      if (k === 'data' && typeof x === 'string') into.push(Buffer.from(x, 'base64').toString('utf8'), x);
      else if (k === 'div' && typeof x === 'string') into.push(narrativeText(x), x);
      else visibleText(x, into);
    }
  } else if (typeof v === 'string') into.push(v);
  return into;
}

describe('scrubbed FHIR stays valid FHIR', () => {
  it.each(['bundle', 'bulk'])('%s: every resource is schema-valid and labelled', (d) => {
    const all = readResources(`out-${d}`);
    expect(all.length).toBeGreaterThan(COUNT * 3);
    const problems = all.flatMap((r) => validateResource(r.resource as never));
    expect(problems).toEqual([]);
    for (const { resource } of all) {
      if (resource.resourceType === 'Bundle' || resource.resourceType === 'Organization') continue;
      const security = ((resource.meta as Json | undefined)?.security ?? []) as {
        code: string;
        system: string;
      }[];
      expect(security.map((s) => s.code)).toContain('PSEUDED');
      expect(
        security.every((s) => s.system === 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue'),
      ).toBe(true);
    }
  });

  it('bundle: ids are pseudonymised and every reference still resolves inside its Bundle', () => {
    const before = new Set(readResources('bundle').map((r) => r.resource.id as string));
    const all = readResources('out-bundle');
    for (const { resource, fullUrl, bundle } of all) {
      expect(before.has(resource.id as string)).toBe(false);
      if (!bundle) continue;
      expect(fullUrl).toBe(`urn:uuid:${resource.id}`);
      expect(resource.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const urls = new Set((bundle.entry as { fullUrl: string }[]).map((e) => e.fullUrl));
      for (const ref of references(resource)) expect(urls.has(ref), ref).toBe(true);
    }
  });

  it('bulk: references resolve across the NDJSON files of one run', () => {
    const all = readResources('out-bulk');
    const ids = new Set(all.map((r) => `${r.resource.resourceType}/${r.resource.id}`));
    const refs = all.flatMap((r) => references(r.resource));
    expect(refs.length).toBeGreaterThan(COUNT * 3);
    for (const ref of refs) expect(ids.has(ref), ref).toBe(true);
    for (const { resource } of all) expect(resource.id).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
  });

  it('instants keep a time; year-only dates elsewhere; non-text attachments removed', () => {
    const all = [...readResources('out-bundle'), ...readResources('out-bulk')].map((r) => r.resource);
    const obs = all.filter((r) => r.resourceType === 'Observation' && r.issued);
    expect(obs.length).toBeGreaterThan(0);
    for (const o of obs) expect(o.issued).toBe('2024-01-01T00:00:00Z');
    const docs = all.filter((r) => r.resourceType === 'DocumentReference');
    for (const d of docs) {
      expect(d.date).toMatch(/^\d{4}-01-01T00:00:00Z$/);
      for (const c of d.content as { attachment: Json }[]) {
        if (c.attachment.contentType === 'image/png') expect(c.attachment.data).toBeUndefined();
        expect(c.attachment.size).toBeUndefined();
      }
    }
    const patients = all.filter((r) => r.resourceType === 'Patient');
    for (const p of patients) {
      expect(p.photo).toBeUndefined();
      if (p.birthDate !== undefined) expect(p.birthDate).toMatch(/^\d{4}$/);
    }
  });
});

describe('recall on planted FHIR identifiers', () => {
  it('removes every planted structured value and at least 95% of those in free text', () => {
    const seen = new Map<string, string>();
    for (const d of ['out-bundle', 'out-bulk'])
      for (const f of readdirSync(join(dir, d))) {
        const text = readFileSync(join(dir, d, f), 'utf8');
        const rs = f.endsWith('.ndjson')
          ? text
              .trimEnd()
              .split('\n')
              .map((l) => JSON.parse(l) as Json)
          : (JSON.parse(text) as { entry: { resource: Json }[] }).entry.map((e) => e.resource);
        for (const [k, r] of rs.entries()) seen.set(`${d}/${f}#${k}`, visibleText(r).join('\n'));
      }
    const per = new Map<string, { total: number; missed: number }>();
    for (const p of planted) {
      const key = `${p.inText ? 'text' : 'value'} ${p.element}`;
      const e = per.get(key) ?? { total: 0, missed: 0 };
      e.total++;
      const out = seen.get(placeOf.get(p.resource) ?? '');
      expect(out, p.element).toBeDefined();
      if (out!.includes(p.value)) e.missed++;
      per.set(key, e);
    }
    const sum = (text: boolean) =>
      [...per]
        .filter(([k]) => k.startsWith(text ? 'text' : 'value'))
        .reduce((a, [, e]) => ({ total: a.total + e.total, missed: a.missed + e.missed }), {
          total: 0,
          missed: 0,
        });
    const structured = sum(false);
    const text = sum(true);
    const misses = [...per].filter(([, e]) => e.missed > 0).map(([k, e]) => `${k}: ${e.missed}/${e.total}`);
    console.log(
      `FHIR recall: structured ${structured.total - structured.missed}/${structured.total}, free text ${text.total - text.missed}/${text.total}${misses.length ? `; missed ${misses.join('; ')}` : ''}`,
    );
    expect(structured.total).toBeGreaterThan(COUNT * 20);
    expect(misses.filter((m) => m.startsWith('value'))).toEqual([]);
    expect((text.total - text.missed) / text.total).toBeGreaterThanOrEqual(0.95);
  });
});

describe('check on FHIR', () => {
  it('generated FHIR (Bundles and bulk NDJSON) passes', () => {
    const r = placebo(['check', 'gen-bundle', 'gen-bulk', '--reporter', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout) as {
      ok: boolean;
      findings: { field: string; kind: string }[];
      sources: unknown[];
    };
    expect(report.sources.length).toBeGreaterThan(4);
    expect(report.findings.map((f) => `${f.field} ${f.kind}`)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(r.code).toBe(0);
  });

  it('scrubbed FHIR (Bundles and bulk NDJSON) passes', () => {
    const r = placebo(['check', 'out-bundle', 'out-bulk', '--reporter', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout) as { ok: boolean; findings: { field: string; kind: string }[] };
    expect(report.findings.map((f) => `${f.field} ${f.kind}`)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(r.code).toBe(0);
  });

  it('finds the planted identifiers in unscrubbed FHIR, narratives and base64 notes included', () => {
    const r = placebo(['check', 'bundle', '--reporter', 'json', '--max-per-field', '1000'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { field: string }[] };
    const fields = new Set(report.findings.map((f) => f.field));
    for (const f of [
      'Patient.text.div',
      'DocumentReference.content[].attachment.data',
      'Patient.name[].family',
    ])
      expect(fields, f).toContain(f);
  });
});
