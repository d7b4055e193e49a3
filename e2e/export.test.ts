import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openUrban, urbanInput, appraiseRaw } from './helpers';
import { XLSX } from '../src/lib/export/workbook/sheetjs';
import { gbp } from '../src/lib/export/format';

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
