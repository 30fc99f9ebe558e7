/**
 * The auditor's HTML report, from a scrub of generated data and of a hand-made export, and
 * check's HTML report: self-contained (no http(s) anywhere in the page), free of every value
 * planted in the inputs, and rendered in real headless Chromium (Debian's package, driven by
 * playwright-core): 18 checklist rows, the charts, the k-anonymity section, no console error, no
 * request but the file itself. Screenshots are kept in test-artifacts/ (git-ignored).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExport, EXPORT_HEADER, toCsv } from '../check/production-export.js';
import { placebo } from '../scrub/helpers/cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = join(ROOT, 'test-artifacts');
const CHROMIUM = '/usr/bin/chromium';
const env = { PLACEBO_SCRUB_SEED: 'html-report-test' };
let dir: string;
const SENTINELS = [
  'Zebulon Quillfeather',
  'Quillfeather',
  '412-73-5580',
  'zebulon.q@quillmail.net',
  'MRN99887766',
  '88 Wexcombe Row',
];
let planted: string[] = [];

function html(name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'placebo-html-'));
  const g = placebo(['generate', '--count', '40', '--out', 'gen', '--quiet'], { cwd: dir });
  expect(g.code, g.stderr).toBe(0);
  // A hand-made export: real-looking invented identifiers, plus one row of sentinels.
  const exp = buildExport(60, 'html-report', (i) => i + 2);
  const sentinelRow = EXPORT_HEADER.map(
    (h) =>
      ({
        MRN: 'MRN99887766',
        patient_name: 'Zebulon Quillfeather',
        SSN: '412-73-5580',
        email: 'zebulon.q@quillmail.net',
        address: '88 Wexcombe Row',
        note: 'Zebulon Quillfeather called from 617-448-2093 about MRN99887766.',
      })[h] ?? exp.rows[0]![EXPORT_HEADER.indexOf(h)]!,
  );
  exp.rows.push(sentinelRow);
  mkdirSync(join(dir, 'export'));
  writeFileSync(join(dir, 'export', 'visits.csv'), toCsv(exp));
  const idCols = [
    'MRN',
    'patient_name',
    'SSN',
    'home_phone',
    'email',
    'address',
    'last_login_ip',
    'medicare_mbi',
  ];
  planted = exp.rows
    .flatMap((r) => idCols.map((c) => r[EXPORT_HEADER.indexOf(c)]!))
    .filter((v) => v.length >= 7);
  const runs = [
    ['scrub', 'gen', '--out', 'gen-clean', '--report', 'gen.html'],
    ['scrub', 'gen', '--out', 'gen-clean2', '--report', 'gen.json'],
    ['report', 'gen.json', '--html', 'gen-from-json.html'],
    ['scrub', 'export', '--out', 'export-clean', '--report', 'export.html'],
  ];
  for (const args of runs) {
    const r = placebo(
      [...args, '--quiet'].filter((a) => !(args[0] === 'report' && a === '--quiet')),
      { cwd: dir, env },
    );
    expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  }
  const c = placebo(['check', 'export', '--reporter', 'html', '--quiet'], { cwd: dir });
  expect(c.code).toBe(1);
  writeFileSync(join(dir, 'check.html'), c.stdout);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAGES = ['gen.html', 'gen-from-json.html', 'export.html', 'check.html'];

describe('the HTML report as a file', () => {
  it.each(PAGES)('%s names no http(s) resource at all', (name) => {
    const text = html(name);
    expect(text).toMatch(/^<!doctype html>/);
    expect(text).not.toMatch(/https?:/i);
    expect(text).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
  });

  it.each(['export.html', 'check.html'])('%s holds no value planted in the input', (name) => {
    const text = html(name);
    for (const v of [...SENTINELS, ...planted])
      expect(text.includes(v), `${name} holds a planted value`).toBe(false);
  });

  it('the scrub report holds the run facts, the checklist, what was kept and the risk section', () => {
    const text = html('export.html');
    const report = JSON.parse(readFileSync(join(dir, 'gen.json'), 'utf8'));
    expect(html('gen.html')).toContain(report.files[0].sha256.input);
    expect(text).toContain('reference date');
    expect(text).toContain('ZIP3 list');
    expect(text).toContain('What placebo cannot see');
    expect(text).toContain('What was kept, and why');
    expect(text).toContain('not a Safe Harbor test');
    expect(text.match(/data-category="/g)).toHaveLength(18);
    expect(text).toMatch(/data-category="7" data-present="true"/);
    expect(text).toMatch(/data-category="16" data-present="false"/);
  });
});

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('the HTML report in headless Chromium', () => {
  let ctx: BrowserContext;
  let profile: string;
  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'placebo-chromium-'));
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1200, height: 900 },
    });
  }, 60_000);
  afterAll(async () => {
    await ctx?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it.each(PAGES)(
    '%s renders: 18 checklist rows, the chart, no console error, no request but itself',
    async (name) => {
      const page = await ctx.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => requests.push(r.url()));
      const url = pathToFileURL(join(dir, name)).href;
      await page.goto(url, { waitUntil: 'load' });
      expect(await page.locator('#checklist tr[data-category]').count()).toBe(18);
      expect(await page.locator('#chart-category rect').count()).toBeGreaterThan(0);
      const box = await page.locator('#chart-category').boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      if (name !== 'check.html') {
        await expect(page.locator('#k-anonymity').isVisible()).resolves.toBe(true);
        expect(await page.locator('#k-anonymity').innerText()).toMatch(/smallest group/i);
      }
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, name.replace('.html', '.png')), fullPage: true });
      if (name === 'export.html' && process.env.UPDATE_DOCS_SCREENSHOT === '1')
        await page.screenshot({ path: join(ROOT, 'docs', 'report-screenshot.png') });
      await page.close();
    },
  );
});
