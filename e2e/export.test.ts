import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openUrban, urbanInput, appraiseRaw } from './helpers';
import { parseScenario } from '../src/lib/model/parse';
import { runPsa } from '../src/lib/model/uncertainty/psa';
import { XLSX, type WorkSheet } from '../src/lib/export/workbook/sheetjs';
import { gbp } from '../src/lib/present';
import { probabilisticSheetFigures } from '../test/export/probabilisticSheetFigures';

/** The report view and the downloads: what a lead clinician and a finance team take away. */
test('report view shows the business case; workbook and Word downloads carry the engine figures', async ({ page }) => {
	// The downloads run the sensitivity analysis in the page (the examples have uncertainty ranges).
	test.setTimeout(180_000);
	const result = appraiseRaw(urbanInput());
	const preferred = result.options.find((o) => o.id === result.preferredOptionId);
	if (!preferred) throw new Error('no preferred option');

	await openUrban(page);
	await page.goto('/workspace/report');
	await expect(page.getByRole('heading', { level: 1, name: /Outline business case: Urban trust/ })).toBeVisible();
	for (const h of ['1. Project goal and purpose', '2. Background', '4. Methodology', '5. Benefits realisation', '7. Appendices and evidence'])
		await expect(page.getByRole('heading', { level: 2, name: h })).toBeVisible();
	await expect(page.locator('mark.todo').first()).toContainText('[To complete:');
	await expect(page.getByText(`Preferred option: ${preferred.name}.`)).toBeVisible();
	await expect(page.locator('figure.case-chart svg').first()).toBeVisible();

	const actions = page.getByRole('region', { name: 'Business case actions' });
	await actions.getByText('Export', { exact: true }).click();
	const [xlsx] = await Promise.all([page.waitForEvent('download'), actions.getByTestId('export-xlsx').click()]);
	expect(xlsx.suggestedFilename()).toMatch(/finance-workbook\.xlsx$/);
	const wb = XLSX.read(readFileSync((await xlsx.path()) as string), { type: 'buffer' });
	const summary = wb.Sheets['Appraisal summary'];
	if (!summary) throw new Error('no Appraisal summary sheet');
	const row = XLSX.utils.sheet_to_json<unknown[]>(summary, { header: 1 }).find((r) => r[0] === preferred.name);
	expect(Math.abs(Number(row?.[2]) - preferred.summary.netPresentCostGbp)).toBeLessThan(0.005);

	await actions.getByText('Export', { exact: true }).click();
	const [docx] = await Promise.all([page.waitForEvent('download'), actions.getByTestId('export-docx').click()]);
	expect(docx.suggestedFilename()).toMatch(/business-case\.docx$/);
	const zip = XLSX.CFB.read(readFileSync((await docx.path()) as string), { type: 'buffer' });
	const body = new TextDecoder().decode(XLSX.CFB.find(zip, '/word/document.xml')?.content as Uint8Array);
	expect(body).toContain('1. Project goal and purpose');
	expect(body).toContain(gbp(preferred.summary.netPresentCostGbp));
});

/**
 * A commissioner runs a small probabilistic analysis on the Uncertainty page and exports the
 * workbook: its Probabilistic sheet holds that run, equal to the engine's own run in Node. After
 * an edit the menu says the run is of an earlier version, so it is no longer included.
 */
test('workbook export carries the probabilistic analysis run on the Uncertainty page, and only for that version', async ({ page }) => {
	test.setTimeout(180_000);
	const raw = urbanInput() as ReturnType<typeof urbanInput> & { uncertainty: Record<string, unknown> };
	// Typing 200 into the page's Iterations box writes uncertainty.iterations into the scenario.
	raw.uncertainty.iterations = 200;
	const parsed = parseScenario(raw);
	if (!parsed.ok) throw new Error('urban example does not parse');
	const expected = runPsa(parsed.scenario, { iterations: 200, seed: 1 });

	await openUrban(page);
	await page.goto('/workspace/uncertainty');
	const toolbar = page.getByRole('toolbar', { name: 'Scenario actions' });
	await toolbar.getByText('Export', { exact: true }).click();
	await expect(toolbar.getByTestId('export-psa-note')).toHaveText(/Run the probabilistic analysis on the Uncertainty page to include it/);
	await toolbar.getByText('Export', { exact: true }).click();

	await page.getByRole('textbox', { name: 'Iterations', exact: true }).fill('200');
	await page.getByRole('textbox', { name: 'Iterations', exact: true }).blur();
	await page.getByRole('button', { name: 'Run 200 iterations' }).click();
	await expect(page.getByTestId('psa-summary')).toContainText('of 200 iterations (seed 1', { timeout: 90_000 });
	// The tornado is drawn once the one-way analysis is back from its worker; the export reuses it.
	await expect(page.getByRole('heading', { name: 'Tornado: net present cost of the preferred option' })).toBeVisible({ timeout: 90_000 });

	await toolbar.getByText('Export', { exact: true }).click();
	await expect(toolbar.getByTestId('export-psa-note')).toHaveText('The workbook and business case include the probabilistic analysis of 200 runs (seed 1).');
	const [download] = await Promise.all([page.waitForEvent('download'), toolbar.getByTestId('export-xlsx').click()]);
	const wb = XLSX.read(readFileSync((await download.path()) as string), { type: 'buffer' });
	expect(wb.SheetNames.slice(-2)).toEqual(['Sensitivity', 'Probabilistic']);
	const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Probabilistic'] as WorkSheet, { header: 1, defval: null });
	// The page splits the run across two workers; seeded per iteration, it equals the single-thread run (money to the penny).
	const figures = probabilisticSheetFigures(rows, expected);
	expect(figures.actual).toEqual(figures.expected);
	expect(expected.iterations).toBe(200);
	expect(expected.seed).toBe(1);

	// An edit (a new seed) makes it a different scenario: the run is no longer offered.
	await page.getByRole('textbox', { name: 'Seed', exact: true }).fill('2');
	await page.getByRole('textbox', { name: 'Seed', exact: true }).blur();
	await toolbar.getByText('Export', { exact: true }).click();
	await expect(toolbar.getByTestId('export-psa-note')).toHaveText(/The last probabilistic analysis was of an earlier version of the scenario\. Run it again on the Uncertainty page/);
});
