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
