import { expect, test } from '@playwright/test';
import { openUrban, urbanInput, appraiseRaw, comparisonCell } from './helpers';
import { count, gbp } from '../src/lib/present';

test('changing sessions per week updates capacity, waiting list and net present cost', async ({ page }) => {
	await openUrban(page);
	await page.goto('/workspace/options');
	// Before: business as usual runs the main scanner on 6 sessions a week (from the example file).
	const before = appraiseRaw(urbanInput()).options[0]!.summary;
	await expect(comparisonCell(page, 'Average capacity', 0)).toHaveText(count(before.averageCapacity));
	await expect(comparisonCell(page, 'Waiting list at the end', 0)).toHaveText(count(before.endListSize));
	await expect(comparisonCell(page, 'Net present cost', 0)).toHaveText(gbp(before.netPresentCostGbp));

	await page.getByRole('link', { name: 'Edit', exact: true }).click();
	await page.getByRole('link', { name: 'Scanners and capacity' }).click();
	// The example's 6 differs from the schema default of 10; setting 10 clears the marker.
	const marker = page.locator('[data-path="scanners[0].sessionsPerWeek"] .badge.changed');
	await expect(marker).toHaveText('Changed from 10');
	await page.locator('#f-scanners-0-sessionsPerWeek').fill('10');
	await expect(marker).toHaveCount(0);

	await page.getByRole('link', { name: 'Options', exact: true }).first().click();
	const raw = urbanInput();
	raw.scanners[0]!.sessionsPerWeek = 10;
	const after = appraiseRaw(raw).options[0]!.summary;
	// Ten sessions on the main scanner is what the "Extended hours" option does, so business as
	// usual's capacity must now equal that option's (the option also pays an evening enhancement).
	const extended = appraiseRaw(urbanInput()).options[1]!.summary;
	expect(after.averageCapacity).toBeCloseTo(extended.averageCapacity, 6);
	await expect(comparisonCell(page, 'Average capacity', 0)).toHaveText(count(after.averageCapacity));
	await expect(comparisonCell(page, 'Average capacity', 0)).not.toHaveText(count(before.averageCapacity));
	await expect(comparisonCell(page, 'Waiting list at the end', 0)).toHaveText(count(after.endListSize));
	await expect(comparisonCell(page, 'Net present cost', 0)).toHaveText(gbp(after.netPresentCostGbp));
	expect(after.netPresentCostGbp).toBeGreaterThan(before.netPresentCostGbp);

	// Undo brings the six sessions back.
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(comparisonCell(page, 'Average capacity', 0)).toHaveText(count(before.averageCapacity));
});

test('a formula is evaluated and shown beside the field', async ({ page }) => {
	await openUrban(page);
	await page.goto('/workspace/edit?s=demand');
	await page.locator('#f-demand-startingBacklog').fill('=population50Plus/100');
	// population50Plus = North 58,000+31,000+20,000+7,000 + South 56,000+32,000+22,000+8,000 = 234,000; /100 = 2,340.
	await expect(page.locator('[data-path="demand.startingBacklog"] [data-testid="formula-value"]')).toHaveText('= 2340');
	await page.locator('#f-demand-startingBacklog').fill('=nonsense*2');
	await expect(page.locator('[data-path="demand.startingBacklog"] .error')).toContainText('nonsense');
	await expect(page.getByRole('link', { name: /Problems/ })).toContainText('1');
});

test('add an option and compare it', async ({ page }) => {
	await openUrban(page);
	await page.goto('/workspace/options');
	await page.getByRole('button', { name: 'Add an option' }).click();
	await page.getByLabel('Option name').fill('Eight sessions');
	await page.getByLabel('Sessions a week, Main hospital scanner').fill('8');
	const raw = urbanInput();
	raw.options.push({ id: 'option', name: 'Eight sessions', scannerChanges: [{ scannerId: 'main', sessionsPerWeek: 8 }] });
	const expected = appraiseRaw(raw).options[4]!.summary;
	const header = page.getByTestId('comparison').locator('thead th').nth(5);
	await expect(header).toContainText('Eight sessions');
	await expect(comparisonCell(page, 'Average capacity', 4)).toHaveText(count(expected.averageCapacity));
	await expect(comparisonCell(page, 'Net present cost', 4)).toHaveText(gbp(expected.netPresentCostGbp));
	await expect(comparisonCell(page, 'Rank', 4)).toHaveText(String(expected.rank));

	// Business as usual cannot be removed; the new option can, and Undo restores it.
	await page.getByRole('button', { name: /^Business as usual/ }).click();
	await expect(page.getByRole('button', { name: 'Remove', exact: true })).toBeDisabled();
	await page.getByRole('button', { name: 'Eight sessions' }).click();
	await page.getByRole('button', { name: 'Remove', exact: true }).click();
	await expect(page.getByTestId('comparison').locator('thead th')).toHaveCount(5);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByTestId('comparison').locator('thead th')).toHaveCount(6);
});

test('save, reload and find the scenario again', async ({ page }) => {
	await openUrban(page);
	await page.goto('/workspace/edit?s=demand');
	await page.locator('#f-demand-startingBacklog').fill('2500');
	await expect(page.getByTestId('save-status')).toContainText('Unsaved changes');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await page.getByLabel('Name').fill('Backlog 2,500 plan');
	await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
	await expect(page.getByTestId('save-status')).toHaveText('Saved');

	await page.reload();
	await expect(page.getByTestId('scenario-name')).toHaveText('Backlog 2,500 plan');
	await page.goto('/');
	await expect(page.getByRole('table', { name: 'Scenarios saved in this browser' })).toContainText('Backlog 2,500 plan');
	await page.getByRole('button', { name: 'Open Backlog 2,500 plan' }).click();
	await expect(page).toHaveURL(/\/workspace$/);
	await page.goto('/workspace/edit?s=demand');
	await expect(page.locator('#f-demand-startingBacklog')).toHaveValue('2500');
});

test('unsaved work survives a reload and is offered on the home page', async ({ page }) => {
	await openUrban(page);
	await page.goto('/workspace/edit?s=general');
	await page.getByLabel('Scenario name').fill('Draft after a crash');
	await page.waitForTimeout(800); // autosave is debounced by 500 ms
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Resume your unsaved work' })).toBeVisible();
	await expect(page.getByText('Draft after a crash')).toBeVisible();
});

test('a bad file is refused with the problem named and the work left intact', async ({ page }) => {
	await openUrban(page);
	const input = page.getByTestId('import-file');
	await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 1, "name": ') });
	await expect(page.getByRole('alert')).toContainText('broken.json was not opened');
	await expect(page.getByRole('alert')).toContainText('not valid JSON');
	await page.getByRole('button', { name: 'Dismiss' }).click();

	const bad = urbanInput();
	(bad.scanners[0] as Record<string, unknown>).sessionsPerWeek = 99;
	await input.setInputFiles({ name: 'too-many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
	await expect(page.getByRole('alert')).toContainText('scanners[0].sessionsPerWeek');
	await expect(page.getByTestId('scenario-name')).toHaveText('Urban trust: clearing the DXA backlog');
	await expect(page.getByTestId('preferred-name')).toHaveText('Extended hours');
});

test('a shared link opens a copy; a damaged link is refused', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openUrban(page);
	await page.getByRole('button', { name: 'Share link' }).click();
	const link = await page.getByLabel('Link to this scenario').inputValue();
	expect(link).toMatch(/\/workspace#s=[A-Za-z0-9_-]+$/);

	const other = await context.browser()!.newPage();
	await other.goto(link);
	await expect(other.getByTestId('scenario-name')).toHaveText('Urban trust: clearing the DXA backlog');
	await other.goto('/');
	await other.goto('/workspace#s=bm90IGRlZmxhdGU');
	await expect(other.getByRole('alert')).toContainText('shared link could not be opened');
	await other.close();
});

test('presentation mode steps through slides with the keyboard', async ({ page }) => {
	await openUrban(page);
	await page.getByRole('link', { name: 'Present' }).click();
	const counter = page.getByTestId('slide-counter');
	const total = Number((await counter.textContent())?.split('/')[1]);
	expect(total).toBeGreaterThanOrEqual(3);
	await expect(counter).toHaveText(`1 / ${total}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Urban trust: clearing the DXA backlog');
	await page.keyboard.press('ArrowRight');
	await expect(counter).toHaveText(`2 / ${total}`);
	await page.keyboard.press('End');
	await expect(counter).toHaveText(`${total} / ${total}`);
	await page.keyboard.press('ArrowLeft');
	await expect(counter).toHaveText(`${total - 1} / ${total}`);
	await page.keyboard.press('Home');
	await expect(counter).toHaveText(`1 / ${total}`);
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/workspace$/);
});

test('a chart downloads as SVG', async ({ page }) => {
	await openUrban(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: /Download SVG/ }).first().click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/\.svg$/);
	const path = await file.path();
	const { readFileSync } = await import('node:fs');
	expect(readFileSync(path, 'utf8')).toContain('<svg');
});
