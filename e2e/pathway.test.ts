import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { appraiseRaw, openUrban } from './helpers';
import { count, smallCount } from '../src/lib/present';

/** The pathway chart's data table row for an option (the chart's text alternative). */
function pathwayRow(page: Page, option: string) {
	return page.locator('table', { has: page.locator('caption', { hasText: /^Pathway: referred, scanned/ }) }).locator('tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${option}$`) }) });
}

async function axeClean(page: Page) {
	const r = await new AxeBuilder({ page }).analyze();
	const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

const OPTION = 'Like-for-like replacement and evening sessions';

/** The scanner-replacement example as written, for the engine's expected figures. */
function replacementInput(): { options: Record<string, unknown>[] } {
	return JSON.parse(readFileSync('models/scanner-replacement.json', 'utf8'));
}

// Columns of the table: Referred, Scanned, Scans with VFA, Vertebral fractures found, Treatment recommended, Referred on, ...
test('VFA on every scan of an option: fewer scans, more fractures found, on the dashboard\'s pathway chart', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1280, height: 720 });
	page.on('dialog', (d) => d.accept());
	await page.goto('/');
	await page.getByRole('button', { name: /Open example: District hospital/ }).click();
	await expect(page).toHaveURL(/\/workspace$/);
	const before = appraiseRaw(replacementInput()).options[1]!.pathway.totals;
	const row = pathwayRow(page, OPTION);
	await expect(row.locator('td').nth(1)).toHaveText(count(before.scanned));
	await expect(row.locator('td').nth(3)).toHaveText(smallCount(before.fracturesFound));

	await page.getByRole('link', { name: 'Options', exact: true }).first().click();
	await page.getByRole('button', { name: OPTION }).click();
	await page.getByLabel('Change the scan mix: VFA or one-stop visits (longer slots, fewer scans a session)').check();
	await page.locator('#f-options-1-pathway-oneStopShare').fill('0');
	await page.locator('#f-options-1-pathway-vfaShare').fill('1');
	await expect(page.getByText("Source: The option's own choice of scan mix (a planning decision, not an estimate)").first()).toBeVisible();
	await axeClean(page);

	const raw = replacementInput();
	raw.options[1]!.pathway = { vfaShare: 1, oneStopShare: 0 };
	const after = appraiseRaw(raw).options[1]!.pathway.totals;
	// This option's scanner is busy: longer slots mean fewer scans delivered (41,998 -> 38,968), yet more fractures found (1,638 -> 5,066).
	expect(after.scanned).toBeLessThan(before.scanned);
	expect(after.fracturesFound).toBeGreaterThan(before.fracturesFound);

	await page.getByRole('link', { name: 'Dashboard', exact: true }).first().click();
	await expect(row.locator('td').nth(1)).toHaveText(count(after.scanned));
	await expect(row.locator('td').nth(2)).toHaveText(count(after.vfaScans));
	await expect(row.locator('td').nth(3)).toHaveText(smallCount(after.fracturesFound));
	await expect(row.locator('td').nth(4)).toHaveText(count(after.treatmentRecommended));
	const chart = page.locator('.chart.card', { has: page.getByRole('heading', { name: /^Pathway: referred, scanned/ }) });
	await chart.scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/pathway-dashboard-1280.png', fullPage: false });
	await chart.screenshot({ path: 'test-results/pathway-chart-1280.png' });
	await axeClean(page);

	await page.setViewportSize({ width: 390, height: 844 });
	await chart.scrollIntoViewIfNeeded();
	await chart.screenshot({ path: 'test-results/pathway-chart-390.png' });
});

test('the editor\'s Pathway section lists the guideline\'s indications with their sources or placeholder marks', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1280, height: 720 });
	await openUrban(page);
	await page.goto('/workspace/edit?s=pathway');
	await expect(page.getByRole('heading', { name: 'Pathway', level: 1 })).toBeVisible();
	await expect(page.getByText(/Cosman et al. 2020/).first()).toBeVisible();
	await page.getByRole('button', { name: "List the guideline's six indications" }).click();
	const names = ['Fracture after age 40', 'Glucocorticoids', 'Radiological osteopenia', 'Disease or medication causing bone loss', 'FRAX triage (NOGG amber or red)', 'Follow-up scan'];
	const boxes = page.getByRole('textbox', { name: 'Indication name' });
	await expect(boxes).toHaveCount(6);
	for (const [i, name] of names.entries()) await expect(boxes.nth(i)).toHaveValue(name);
	// Six placeholder shares that add to 1 leave the scenario valid: the Problems count stays 0.
	await expect(page.locator('.sections .count')).toHaveText('0');
	await page.screenshot({ path: 'test-results/pathway-editor-1280.png' });
	await axeClean(page);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.screenshot({ path: 'test-results/pathway-editor-390.png' });
});
