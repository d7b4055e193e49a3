import { expect, test, type Page } from '@playwright/test';

/**
 * At 390 px wide (a phone in a meeting) no chart cuts its text off: every text element of every
 * chart's SVG lies inside the SVG's box. The district-hospital example has the longest option names;
 * its uncertainty page has the tornadoes and, after a run, the preferred-option chart.
 */
async function textOutside(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('figure svg')].flatMap((svg) => {
			const box = svg.getBoundingClientRect();
			return [...svg.querySelectorAll('text')].flatMap((t) => {
				const b = t.getBoundingClientRect();
				const out = b.left < box.left - 0.5 || b.right > box.right + 0.5 || b.top < box.top - 0.5 || b.bottom > box.bottom + 0.5;
				return out && t.textContent?.trim() ? [`${svg.closest('figure')?.querySelector('.title')?.textContent}: "${t.textContent.trim()}" ${Math.round(b.left - box.left)}..${Math.round(b.right - box.left)} of ${Math.round(box.width)}`] : [];
			});
		})
	);
}

test('at 390 px no chart text on the dashboard or the uncertainty page starts left of (or runs past) its SVG', async ({ page }) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 390, height: 844 });
	page.on('dialog', (d) => d.accept());
	await page.goto('/');
	await page.getByRole('button', { name: 'Open example: District hospital: replacing a ten-year-old scanner' }).click();
	await expect(page).toHaveURL(/\/workspace$/);
	await expect(page.getByRole('heading', { name: 'Net present cost by option' })).toBeVisible();
	expect(await textOutside(page)).toEqual([]);

	await page.goto('/workspace/uncertainty');
	await expect(page.getByRole('heading', { name: 'Tornado: net present cost of the preferred option' })).toBeVisible({ timeout: 90_000 });
	await page.getByRole('textbox', { name: 'Iterations', exact: true }).fill('1000');
	await page.getByRole('button', { name: 'Run 1,000 iterations' }).click();
	await expect(page.getByRole('heading', { name: 'Probability each option is preferred' })).toBeVisible({ timeout: 120_000 });
	// The long option name wraps inside the chart instead of losing its start.
	const preferred = page.locator('figure').filter({ has: page.getByRole('heading', { name: 'Probability each option is preferred' }) });
	await expect(preferred.locator('svg text').filter({ hasText: 'Fan-beam scanner' })).toHaveCount(1);
	expect(await textOutside(page)).toEqual([]);
});
