import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openUrban, urbanInput, appraiseRaw } from './helpers';
import { readActivityCsv } from '../src/lib/activity/read';
import { fitActivity, fittedYear } from '../src/lib/activity/fit';
import { financialYearStart } from '../src/lib/activity/months';
import { count as formatCount } from '../src/lib/present/numbers';

const FILE = 'test/activity/fixtures/radiology-extract.csv';

async function upload(page: import('@playwright/test').Page, name: string, text: string) {
	await page.getByTestId('activity-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test('a service manager drops in two years of activity, sees the SPC charts and accepts the fitted demand', async ({ page }) => {
	test.setTimeout(120_000);
	await openUrban(page);
	await page.getByRole('link', { name: 'Activity' }).click();
	await expect(page.getByRole('heading', { name: 'Your activity data' })).toBeVisible();
	// Reload with the perf hook so the test can read the working scenario (the work is kept in the browser).
	await page.goto('/workspace/activity?perf');
	const scenarioJson = () => page.evaluate(() => (window as unknown as { __dxaPerf: { workspace: { json: string } } }).__dxaPerf.workspace.json).then((t) => JSON.parse(t));

	await upload(page, 'radiology-extract.csv', readFileSync(FILE, 'utf8'));
	await expect(page.getByTestId('activity-read')).toHaveText('radiology-extract.csv: 24 months, April 2023 to March 2025.');
	// The breakdown month is marked on the scans chart as a special cause.
	await expect(page.locator('[data-special-month="September 2024"]')).toHaveCount(1);
	await expect(page.getByTestId('trend-referrals')).toHaveText('straight line');

	// What the engine gives once the fit is applied, worked out here with the same library and engine.
	const read = readActivityCsv(readFileSync(FILE, 'utf8'), 'radiology-extract.csv');
	if (!read.ok) throw new Error('fixture unreadable');
	const fit = fitActivity(read.data);
	const before = await scenarioJson();
	const target = fittedYear(fit.referrals!, financialYearStart(before.startYear));
	expect(before.demand.startingBacklog).toBe(1800);

	await page.getByRole('button', { name: 'Apply to the scenario' }).click();
	await expect(page.getByTestId('offer-status')).toContainText('Applied growth in referral rates');
	const after = await scenarioJson();
	expect(after.demand.startingBacklog).toBe(1980);
	expect(after.rationale['demand.startingBacklog']).toBe('From radiology-extract.csv: waiting list at the end of March 2025 (1,008 waiting 6 weeks or more).');
	// rates are kept to 3 decimals: the engine's first year matches the fitted year to within a few scans
	const bau = appraiseRaw(after).options.find((o) => o.businessAsUsual)!;
	expect(Math.abs(bau.demand[0]!.total - target)).toBeLessThan(5);
	expect(after.name).toBe(urbanInput().name);
	// The engine's capacity that holds the 1% standard with the file's variation, first year, business as usual.
	expect(after.waiting.referralsMonthlyCv).toBeCloseTo(fit.referrals!.monthlyCv, 4);
	await expect(page.getByTestId('hold-table').locator('tbody tr').first().locator('td').nth(1)).toHaveText(formatCount(bau.waitingList.capacityToHoldByYear[0]!));
	await page.getByLabel('under 5% (recent planning guidance)').check();
	expect((await scenarioJson()).waiting.standardShare).toBe(0.05);

	// Undo takes back the standard, then the whole offer in one step.
	await page.getByRole('button', { name: 'Undo' }).click();
	await page.getByRole('button', { name: 'Undo' }).click();
	expect((await scenarioJson()).demand.startingBacklog).toBe(1800);
});

test('a bad file is refused with each problem by row and column, and nothing changes', async ({ page }) => {
	await openUrban(page);
	await page.goto('/workspace/activity');
	await upload(page, 'bad.csv', 'Month,Referrals,Scans done\nApr-24,400,n/a\nMaytime,410,390\n');
	const problems = page.getByTestId('activity-problems');
	await expect(problems).toContainText('bad.csv was not read: 2 problems. Your scenario has not been changed.');
	await expect(problems.locator('tbody tr').nth(0)).toHaveText(/2\s*Scans done\s*"n\/a" is not a number/);
	await expect(problems.locator('tbody tr').nth(1)).toHaveText(/3\s*Month\s*"Maytime" is not a month/);
	await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('the activity page has no serious or critical accessibility violations', async ({ page }) => {
	await openUrban(page);
	await page.goto('/workspace/activity');
	await upload(page, 'radiology-extract.csv', readFileSync(FILE, 'utf8'));
	await expect(page.getByTestId('activity-read')).toBeVisible();
	const r = await new AxeBuilder({ page }).analyze();
	const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});
