import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openUrban } from './helpers';

const PAGES = ['/workspace', '/workspace/edit?s=scanners', '/workspace/edit?s=staffing', '/workspace/options', '/workspace/present'];

test('home page has no serious or critical accessibility violations', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('button', { name: /Open example/ }).first()).toBeVisible();
	const r = await new AxeBuilder({ page }).analyze();
	const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});

for (const url of PAGES) {
	test(`${url} has no serious or critical accessibility violations`, async ({ page }) => {
		test.setTimeout(90_000);
		await openUrban(page);
		await page.goto(url);
		await expect(page.getByTestId('slide-counter').or(page.getByTestId('scenario-name'))).toBeVisible();
		const r = await new AxeBuilder({ page }).analyze();
		const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(bad.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
	});
}

test('controls are reachable by keyboard with a visible focus ring', async ({ page }) => {
	await openUrban(page);
	await page.goto('/workspace/edit?s=demand');
	// Tab from the top of the page to the first field of the form; every stop must show an outline.
	await page.locator('body').press('Tab');
	for (let i = 0; i < 40; i++) {
		const focused = page.locator(':focus');
		const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline, `focus stop ${i}`).not.toBe('none');
		if ((await focused.getAttribute('id'))?.startsWith('f-demand')) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('did not reach the first demand field by Tab');
});
