import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appraiseRaw } from './helpers';
import { clearsMonth, isoDate } from '../src/lib/present';
import { XLSX, type WorkSheet } from '../src/lib/export/workbook/sheetjs';

/**
 * What leaves the planner, tried as its readers would: the Word business case the app downloads
 * is byte for byte the one the CLI writes for the same scenario and date; and each example's month
 * from which the wait stays within the standard is written the same way by the app, the CLI, the
 * workbook and the business case.
 */
const MODELS = readdirSync('models').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json').sort();
const work = mkdtempSync(join(tmpdir(), 'dxa-outputs-'));

function cli(args: string[], date: string): string {
	return execFileSync('npx', ['tsx', 'src/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, DXA_EXPORT_DATE: date }, timeout: 240_000 });
}

test('the app downloads the same Word business case, byte for byte, as the CLI writes', async ({ page }) => {
	test.setTimeout(300_000);
	// The app dates its files with the browser's local day; the CLI is given the same day.
	const date = isoDate();
	page.on('dialog', (d) => d.accept());
	await page.goto('/');
	await page.getByRole('button', { name: /Open example: Urban trust/ }).click();
	await expect(page).toHaveURL(/\/workspace$/);
	await page.goto('/workspace/report');
	const actions = page.getByRole('region', { name: 'Business case actions' });
	await actions.getByText('Export', { exact: true }).click();
	const [download] = await Promise.all([page.waitForEvent('download', { timeout: 240_000 }), actions.getByTestId('export-docx').click()]);
	expect(download.suggestedFilename()).toMatch(/business-case\.docx$/);
	const fromApp = readFileSync((await download.path()) as string);

	const file = join(work, 'urban.docx');
	cli(['appraise', 'models/urban-backlog.json', '--docx', file], date);
	const fromCli = readFileSync(file);
	expect(fromApp.length).toBeGreaterThan(100_000);
	expect(Buffer.compare(fromApp, fromCli), `app ${fromApp.length} bytes, CLI ${fromCli.length} bytes`).toBe(0);
	// The charts are in it: an SVG and a PNG per figure.
	const zip = XLSX.CFB.read(fromApp, { type: 'buffer' });
	expect(zip.FullPaths.filter((p: string) => /\/word\/media\/.*\.svg$/.test(p)).length).toBeGreaterThanOrEqual(5);
});

for (const model of MODELS) {
	test(`${model}: the app, the CLI, the workbook and the business case write each option's "wait within the standard from" month the same way`, async ({ page }) => {
		test.setTimeout(300_000);
		const raw = JSON.parse(readFileSync(join('models', model), 'utf8')) as { name: string };
		const result = appraiseRaw(raw);
		const expected = new Map(result.options.map((o) => [o.name, clearsMonth(result.startYear, o.summary.backlogClearsMonth)]));
		const preferred = result.options.find((o) => o.id === result.preferredOptionId);
		if (!preferred) throw new Error('no preferred option');
		// At least one option in every example clears its backlog: the month is a real month, e.g. "May 2027".
		expect([...expected.values()].some((m) => /^[A-Z][a-z]+ \d{4}$/.test(m))).toBe(true);

		// The app: the options comparison.
		page.on('dialog', (d) => d.accept());
		await page.goto('/');
		await page.getByRole('button', { name: `Open example: ${raw.name}` }).click();
		await expect(page).toHaveURL(/\/workspace$/);
		await page.goto('/workspace/options');
		const table = page.getByTestId('comparison');
		const names = await table.locator('thead th').allTextContents();
		const row = table.locator('tbody tr').filter({ has: page.locator('th', { hasText: 'Wait within the standard from' }) });
		const cells = await row.locator('td').allTextContents();
		result.options.forEach((o) => {
			const col = names.findIndex((n) => n.trim().startsWith(o.name));
			expect(cells[col - 1]?.trim(), `app, ${o.name}`).toBe(expected.get(o.name));
		});

		// The CLI, the workbook and the business case, written by the CLI.
		const date = '2026-03-01';
		const xlsx = join(work, `${model}.xlsx`);
		const md = join(work, `${model}.md`);
		const text = cli(['appraise', join('models', model), '--xlsx', xlsx, '--md', md], date);
		for (const o of result.options) expect(text, `CLI, ${o.name}`).toMatch(new RegExp(`${o.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s.*\\s${expected.get(o.name) === 'not within the horizon' ? 'never' : expected.get(o.name)}\\s`));
		const wb = XLSX.read(readFileSync(xlsx), { type: 'buffer' });
		const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Appraisal summary'] as WorkSheet, { header: 1, defval: null });
		const head = rows[3] as string[];
		const col = head.indexOf('Wait within the standard from');
		expect(col).toBeGreaterThan(0);
		for (const o of result.options) expect(rows.find((r) => r[0] === o.name)?.[col], `workbook, ${o.name}`).toBe(expected.get(o.name));
		const doc = readFileSync(md, 'utf8');
		const month = expected.get(preferred.name) as string;
		if (preferred.summary.backlogClearsMonth !== null) expect(doc, 'business case').toContain(`standard from ${month}`);
	});
}
