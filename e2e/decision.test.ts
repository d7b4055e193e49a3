import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { comparisonCell, openUrban } from './helpers';

/**
 * The decision in plain view, as a commissioner sees it: the dashboard says who bears the
 * preferred option's cost, what it asks of the budget against business as usual and how much of
 * its value is QALYs; the comparison has the same figures for every option. The urban example's
 * figures by hand from the engine's summaries: the preferred Extended hours costs 2,224,725.01,
 * no patients' travel counted, the same capital as business as usual (244,000) and
 * (2,307,969.69 - 1,673,524.22) / 10 = 63,444.55 more revenue a year, no benefits valued in money;
 * Second scanner and new FLS: NPC 6,916,236.23, capital 518,000 - 244,000 = 274,000, revenue
 * (7,247,288.99 - 1,673,524.22) / 10 = 557,376.48 a year; QALY value 3,152,242.49 of
 * 848,081.45 + 3,152,242.49 = 4,000,323.94 of benefits, 78.8%.
 * Screenshots at 1280x720, 1920x1080 and 390 px wide in test-results/decision/.
 */
const SHOTS = 'test-results/decision';

test('the dashboard and the comparison put the decision in plain view', async ({ page }) => {
	mkdirSync(SHOTS, { recursive: true });
	await openUrban(page);
	const plain = page.getByTestId('decision-plain');
	await expect(plain).toContainText("Net present cost: £2.22m, all of it the organisation's (no patients' travel costs are counted).");
	await expect(plain).toContainText('Against Business as usual it needs the same capital over the 10 years and £63k more revenue a year on average');
	await expect(plain).toContainText('No benefits are valued in money for this option');
	for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }, { width: 390, height: 844 }]) {
		await page.setViewportSize(size);
		await page.getByTestId('preferred-name').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/dashboard-${size.width}.png` });
	}

	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/workspace/options');
	// Columns in the scenario's order: Business as usual, Extended hours, Second static scanner, Second scanner and new FLS.
	await expect(comparisonCell(page, 'Net present cost to the organisation', 3)).toHaveText('£6,916,236');
	await expect(comparisonCell(page, "Patients' travel costs", 3)).toHaveText('£0');
	await expect(comparisonCell(page, 'Extra capital against business as usual', 3)).toHaveText('£274,000');
	await expect(comparisonCell(page, 'Extra revenue a year against business as usual', 3)).toHaveText('£557,376');
	await expect(comparisonCell(page, 'Extra revenue a year against business as usual', 0)).toHaveText('–');
	await expect(comparisonCell(page, 'Share of social benefits that is QALYs valued in money', 3)).toHaveText('78.8%');
	await expect(comparisonCell(page, 'Extra revenue a year against business as usual', 1)).toHaveText('£63,445');
	for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }, { width: 390, height: 844 }]) {
		await page.setViewportSize(size);
		await comparisonCell(page, 'Net present cost to the organisation', 0).scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/comparison-${size.width}.png` });
	}
});

test('the Export menu closes on Escape and on a click outside it', async ({ page }) => {
	await openUrban(page);
	const toolbar = page.getByRole('toolbar', { name: 'Scenario actions' });
	const menuButton = toolbar.getByText('Export', { exact: true });
	await menuButton.click();
	await expect(toolbar.getByTestId('export-xlsx')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(toolbar.getByTestId('export-xlsx')).toBeHidden();
	await expect(menuButton).toBeFocused();
	await menuButton.click();
	await expect(toolbar.getByTestId('export-xlsx')).toBeVisible();
	// A click on the page's left margin, well away from the menu's panel (which opens to the right).
	await page.mouse.click(5, 600);
	await expect(toolbar.getByTestId('export-xlsx')).toBeHidden();
});
