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

/** Axes with two tick labels that read the same (e.g. "£4.2m" for both 4.22m and 4.24m), by chart title. */
async function repeatedTicks(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('figure svg g.axis-x, figure svg g.axis-y')].flatMap((axis) => {
			const labels = [...axis.querySelectorAll(':scope > text')].map((t) => t.textContent?.trim() ?? '').filter(Boolean);
			const seen = new Set<string>();
			const repeated = labels.filter((l) => seen.size === seen.add(l).size);
			return repeated.length ? [`${axis.closest('figure')?.querySelector('.title')?.textContent}: ${labels.join(' | ')}`] : [];
		})
	);
}

test('at 390 px no chart text on the dashboard or the uncertainty page starts left of (or runs past) its SVG; at 390 and 1280 px no axis repeats a tick label', async ({ page }) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 390, height: 844 });
	page.on('dialog', (d) => d.accept());
	await page.goto('/');
	await page.getByRole('button', { name: 'Open example: District hospital: replacing a ten-year-old scanner' }).click();
	await expect(page).toHaveURL(/\/workspace$/);
	await expect(page.getByRole('heading', { name: 'Net present cost by option' })).toBeVisible();
	expect(await textOutside(page)).toEqual([]);
	expect(await repeatedTicks(page)).toEqual([]);

	await page.goto('/workspace/uncertainty');
	await expect(page.getByRole('heading', { name: 'Tornado: net present cost of the preferred option' })).toBeVisible({ timeout: 90_000 });
	await page.getByRole('textbox', { name: 'Iterations', exact: true }).fill('1000');
	await page.getByRole('button', { name: 'Run 1,000 iterations' }).click();
	await expect(page.getByRole('heading', { name: 'Probability each option is preferred' })).toBeVisible({ timeout: 120_000 });
	// The long option name wraps inside the chart instead of losing its start.
	const preferred = page.locator('figure').filter({ has: page.getByRole('heading', { name: 'Probability each option is preferred' }) });
	await expect(preferred.locator('svg text').filter({ hasText: 'Fan-beam scanner' })).toHaveCount(1);
	expect(await textOutside(page)).toEqual([]);
	expect(await repeatedTicks(page)).toEqual([]);
	// At 1280 px the tornado's axis has a dozen ticks over a few per cent of the net present cost
	// (£5.4m to £5.6m for this example): each needs the decimals that tell it from the next.
	await page.setViewportSize({ width: 1280, height: 720 });
	const tornado = page.locator('figure').filter({ has: page.getByRole('heading', { name: 'Tornado: net present cost of the preferred option' }) });
	await expect.poll(async () => tornado.locator('g.axis-x > text').count()).toBeGreaterThan(8);
	expect(await repeatedTicks(page)).toEqual([]);
});
