import { expect, test, type Page } from '@playwright/test';
import { openUrban, urbanInput, appraiseRaw } from './helpers';
import { gbpShort } from '../src/lib/present';

/**
 * The browser's copy of the work survives what goes wrong: a damaged autosave, a reload with an
 * invalid field, an emptied field, and a reload in the middle of undoing.
 */
const AUTOSAVE = 'dxa-planner:autosave:v1';

async function autosaved(page: Page): Promise<Record<string, unknown> & { scanners: Record<string, unknown>[] }> {
	// The layout autosaves half a second after the last edit.
	await page.waitForTimeout(800);
	return page.evaluate((k) => JSON.parse(JSON.parse(localStorage.getItem(k) ?? '{}').json ?? '{}'), AUTOSAVE);
}

test('a damaged autosave opens with a message and the previous copy; the Options tab works and the damaged copy is kept', async ({ page }) => {
	await openUrban(page);
	await page.goto('/workspace/edit?s=scanners');
	await page.locator('#f-scanners-0-sessionsPerWeek').fill('7');
	expect((await autosaved(page)).scanners[0]?.sessionsPerWeek).toBe(7);
	await page.locator('#f-scanners-0-sessionsPerWeek').fill('8');
	expect((await autosaved(page)).scanners[0]?.sessionsPerWeek).toBe(8);
	// Leave the app first (it autosaves on the way out), then damage the latest autosave the way
	// the reported one was: `options` is not a list.
	await page.goto('/api/models');
	const damaged = await page.evaluate((k) => {
		const rec = JSON.parse(localStorage.getItem(k)!);
		const s = JSON.parse(rec.json);
		s.options = 'not a list';
		rec.json = JSON.stringify(s);
		localStorage.setItem(k, JSON.stringify(rec));
		return localStorage.getItem(k);
	}, AUTOSAVE);
	await page.goto('/workspace/options');
	await expect(page.getByTestId('restore-notice')).toContainText('Your latest autosave could not be opened (its “options” is not a list as it should be)');
	await expect(page.getByTestId('restore-notice')).toContainText('the previous autosave');
	// The Options tab renders the previous copy (7 sessions) instead of crashing.
	await expect(page.getByTestId('comparison')).toBeVisible();
	await page.goto('/workspace/edit?s=scanners');
	await expect(page.locator('#f-scanners-0-sessionsPerWeek')).toHaveValue('7');
	const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('dxa-planner:autosave-damaged:v1') ?? '{}').text);
	expect(kept).toBe(damaged);
});

test('after an invalid edit and a reload, the dashboard, report and slides still show the last valid results', async ({ page }) => {
	await openUrban(page);
	const result = appraiseRaw(urbanInput());
	const preferred = result.options.find((o) => o.id === result.preferredOptionId)!;
	await page.goto('/workspace/edit?s=scanners');
	await page.locator('#f-scanners-0-dnaRate').fill('5');
	await expect(page.locator('[data-path="scanners[0].dnaRate"] .error')).toContainText('at most 1');
	await autosaved(page);
	await page.reload();
	await page.goto('/workspace');
	await expect(page.getByTestId('invalid-banner')).toContainText('Results show the last valid version');
	await expect(page.getByTestId('preferred-name')).toHaveText(preferred.name);
	await expect(page.getByTestId('kpi-Net present cost')).toHaveText(gbpShort(preferred.summary.netPresentCostGbp));
	await page.goto('/workspace/report');
	await expect(page.getByRole('heading', { level: 1, name: 'Business case' })).toBeVisible();
	await expect(page.getByText(preferred.name).first()).toBeVisible();
	await page.goto('/workspace/present');
	await expect(page.getByTestId('slide-counter')).toBeVisible();
	// The invalid value is still there to fix: nothing the user typed was lost.
	await page.goto('/workspace/edit?s=scanners');
	await expect(page.locator('#f-scanners-0-dnaRate')).toHaveValue('5');
});

test('clearing a field keeps the previous value and says so; Use default is the way back to the default', async ({ page }) => {
	await openUrban(page);
	await page.goto('/workspace/edit?s=scanners');
	const box = page.locator('#f-scanners-0-sessionsPerWeek');
	await box.fill('');
	await expect(page.locator('[data-path="scanners[0].sessionsPerWeek"] [data-testid="kept-value"]')).toHaveText('Empty: the previous value, 6, is kept.');
	await box.blur();
	await expect(box).toHaveValue('6');
	// The example's 6, not the schema default of 10.
	expect((await autosaved(page)).scanners[0]?.sessionsPerWeek).toBe(6);
	await page.getByRole('button', { name: 'Use the default for Sessions a week (10)' }).click();
	await expect(box).toHaveValue('10');
	expect((await autosaved(page)).scanners[0]?.sessionsPerWeek).toBeUndefined();
});

test('undo history survives a reload', async ({ page }) => {
	await openUrban(page);
	await page.goto('/workspace/edit?s=scanners');
	await page.locator('#f-scanners-0-sessionsPerWeek').fill('7');
	await page.locator('#f-scanners-0-dnaRate').fill('0.05');
	await autosaved(page);
	await page.reload();
	const undo = page.getByRole('button', { name: 'Undo' });
	await expect(undo).toBeEnabled();
	await expect(page.locator('#f-scanners-0-dnaRate')).toHaveValue('0.05');
	await undo.click();
	await expect(page.locator('#f-scanners-0-dnaRate')).toHaveValue('0.09');
	await expect(page.locator('#f-scanners-0-sessionsPerWeek')).toHaveValue('7');
	await undo.click();
	await expect(page.locator('#f-scanners-0-sessionsPerWeek')).toHaveValue('6');
	await page.getByRole('button', { name: 'Redo' }).click();
	await expect(page.locator('#f-scanners-0-sessionsPerWeek')).toHaveValue('7');
});
