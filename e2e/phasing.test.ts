import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { appraiseRaw, comparisonCell } from './helpers';
import { gbp } from '../src/lib/present';

/**
 * Phasing on the Options page (issue #11): the rural example's 'Extended county sessions and a
 * leased mobile day' (option 3) changes the county scanner to 8 sessions a week. Giving that change
 * a start year, and adding an FLS with a coverage ramp, moves the option's net present cost to the
 * engine's figure for the same file.
 */
type Raw = { options: { scannerChanges?: Record<string, unknown>[]; addFls?: boolean; fls?: unknown }[] };

function ruralInput(): Raw {
	return JSON.parse(readFileSync('models/rural-mobile.json', 'utf8'));
}

async function openHybrid(page: Page): Promise<void> {
	page.on('dialog', (d) => d.accept());
	await page.goto('/');
	await page.getByRole('button', { name: /Open example: Rural county/ }).click();
	await expect(page).toHaveURL(/\/workspace$/);
	await page.getByRole('link', { name: 'Options', exact: true }).first().click();
	await page.getByRole('button', { name: 'Extended county sessions and a leased mobile day', exact: true }).click();
}

test('a scanner change start year and an FLS ramp move the net present cost to the engine value', async ({ page }) => {
	test.setTimeout(120_000);
	await openHybrid(page);
	const before = appraiseRaw(ruralInput()).options[3]!.summary.netPresentCostGbp;
	await expect(comparisonCell(page, 'Net present cost', 3)).toHaveText(gbp(before));

	// The county scanner's 8 sessions start in 2028 instead of 2026.
	await page.locator('#opt-3-county-startYear').fill('2028');
	await page.locator('#opt-3-county-startYear').blur();
	const raw = ruralInput();
	raw.options[3]!.scannerChanges![0]!.startYear = 2028;
	const later = appraiseRaw(raw).options[3]!.summary.netPresentCostGbp;
	expect(later).not.toBeCloseTo(before, 0);
	await expect(comparisonCell(page, 'Net present cost', 3)).toHaveText(gbp(later));

	// An FLS from 2027 reaching half its caseload in its first year, all of it from its second.
	await page.getByLabel('Add a fracture liaison service').check();
	await page.locator('#fls-3-start').fill('2027');
	await page.locator('#fls-3-start').blur();
	await page.getByRole('button', { name: 'Add a year' }).click();
	await page.locator('#fls-3-ramp-0').fill('0.5');
	await page.locator('#fls-3-ramp-0').blur();
	raw.options[3]!.addFls = true;
	raw.options[3]!.fls = { startYear: 2027, ramp: [0.5, 1] };
	const withFls = appraiseRaw(raw).options[3]!.summary.netPresentCostGbp;
	await expect(comparisonCell(page, 'Net present cost', 3)).toHaveText(gbp(withFls));

	const r = await new AxeBuilder({ page }).analyze();
	const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);

	for (const [w, h] of [[1280, 720], [1920, 1080], [390, 844]] as const) {
		await page.setViewportSize({ width: w, height: h });
		await page.locator('#fls-3-start').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `test-results/phasing-fls-${w}.png` });
		await page.locator('#opt-3-county-startYear').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `test-results/phasing-scanner-${w}.png` });
	}
});
