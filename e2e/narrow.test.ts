import { expect, test } from '@playwright/test';
import { openUrban } from './helpers';

/**
 * At 390 px wide (a phone) no page of the app is wider than the screen: wide tables scroll inside
 * their own box, and nothing else pushes the page sideways. (The dashboard and its charts have
 * their own check in slides.test.ts.)
 */
const PAGES = ['/', '/workspace/edit', '/workspace/options', '/workspace/uncertainty', '/workspace/report', '/workspace/activity', '/workspace/sites', '/team', '/methods', '/validation', '/setup'];

test('at 390 px wide every page fits the screen: nothing wider than the page', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 390, height: 844 });
	await openUrban(page);
	const wide: string[] = [];
	for (const path of PAGES) {
		await page.goto(path);
		await expect(page.locator('h1').first()).toBeVisible();
		const out = await page.evaluate(() => {
			const w = document.documentElement.scrollWidth;
			if (w <= 390) return null;
			// name the first element, outside a scrolling table box, that reaches past the edge
			const culprit = [...document.querySelectorAll('body *')].find((e) => e.getBoundingClientRect().right > 391 && !e.closest('.table-scroll'));
			return `${w} px (${culprit ? culprit.tagName.toLowerCase() + (culprit.id ? '#' + culprit.id : '') : '?'})`;
		});
		if (out) wide.push(`${path}: ${out}`);
	}
	expect(wide).toEqual([]);
});

test('at 390 px the options comparison keeps its caption on screen and its measure column in place while the options scroll', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openUrban(page);
	await page.goto('/workspace/options');
	const table = page.getByTestId('comparison');
	await expect(table).toBeVisible();
	const caption = await table.locator('caption').boundingBox();
	expect(caption && caption.x + caption.width).toBeLessThanOrEqual(390);
	const box = page.locator('.table-scroll').filter({ has: table });
	const measure = table.locator('tbody th[scope="row"]').first();
	const before = await measure.boundingBox();
	await box.evaluate((el) => (el.scrollLeft = 200));
	// The options moved 200 px left under it; the measure names did not.
	await expect.poll(async () => (await box.evaluate((el) => el.scrollLeft))).toBe(200);
	const after = await measure.boundingBox();
	expect(after?.x).toBe(before?.x);
});

test('at 390 px the switching values scroll sideways in their box rather than squeezing each statement to a word a line', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openUrban(page);
	await page.goto('/workspace/uncertainty');
	const table = page.locator('table').filter({ has: page.locator('caption', { hasText: /^Switching values/ }) });
	const rows = table.locator('tbody tr');
	await expect(rows.first()).toBeVisible({ timeout: 30_000 });
	const cells = await rows.evaluateAll((trs) => trs.map((tr) => ({ height: tr.getBoundingClientRect().height, statement: tr.lastElementChild?.getBoundingClientRect().width ?? 0 })));
	// The statement column is at least 20rem (320 px at the 16 px root size), so the box scrolls.
	for (const c of cells) expect(c.statement).toBeGreaterThanOrEqual(320);
	// The urban example's longest statement is 289 characters: at 320 px and about 7 px a character
	// (0.9rem) that is about 45 a line, so 7 or 8 lines of 21.6 px (at most 173 px). No row may take more than 10
	// lines (216 px) plus its padding; squeezed to 121 px, the statements took 225 px.
	for (const c of cells) expect(c.height).toBeLessThanOrEqual(216 + 8);
	expect(await table.locator('xpath=..').evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
});
