import { test, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { openUrban } from './helpers';

/**
 * A planning meeting on a 1280x720 projector and a 1080p screen: every slide shows whole, with
 * nothing scrolled or cut off (each element's scroll size within its client size, and everything
 * drawn inside the slide above the footer), and a screenshot of each slide to look at
 * (test-results/slides/). No download buttons on slides; tiles carry units.
 */
const SHOTS = 'test-results/slides';

/** Every element inside the slide that scrolls or clips its content, with its sizes. */
async function overflowing(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const slide = document.querySelector('[data-testid="slide"]');
		const footer = document.querySelector('.present footer');
		if (!slide || !footer) return ['no slide'];
		const out: string[] = [];
		const limit = footer.getBoundingClientRect().top + 1;
		const right = window.innerWidth + 1;
		for (const el of [slide, ...slide.querySelectorAll('*')]) {
			// The data table kept for screen readers is clipped to 1 px on purpose.
			if (el.closest('.visually-hidden')) continue;
			const r = el.getBoundingClientRect();
			if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) {
				// Inside a chart: every mark and label lies within its SVG (an SVG clips what falls outside).
				const box = el.ownerSVGElement?.getBoundingClientRect();
				if (box && r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1))
					out.push(`${el.tagName} "${(el.textContent ?? '').slice(0, 30)}" cut off by its chart: ${Math.round(r.left)}-${Math.round(r.right)} x ${Math.round(r.top)}-${Math.round(r.bottom)} outside ${Math.round(box.left)}-${Math.round(box.right)} x ${Math.round(box.top)}-${Math.round(box.bottom)}`);
				continue;
			}
			const e = el as HTMLElement;
			const name = `${e.tagName.toLowerCase()}.${typeof e.className === 'string' ? e.className.split(' ')[0] : ''}`;
			if (e.scrollHeight > e.clientHeight + 1 && e.clientHeight > 0) out.push(`${name} scrolls: ${e.scrollHeight} > ${e.clientHeight}`);
			if (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0) out.push(`${name} scrolls sideways: ${e.scrollWidth} > ${e.clientWidth}`);
			if (r.height > 0 && (r.bottom > limit || r.right > right)) out.push(`${name} drawn outside the slide: bottom ${Math.round(r.bottom)} (limit ${Math.round(limit)}), right ${Math.round(r.right)}`);
		}
		return out;
	});
}

for (const size of [
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
]) {
	test(`every slide fits ${size.width}x${size.height} without scrolling or clipping`, async ({ page }) => {
		test.setTimeout(120_000);
		mkdirSync(SHOTS, { recursive: true });
		await page.setViewportSize(size);
		await openUrban(page);
		await page.goto('/workspace/present');
		const counter = page.getByTestId('slide-counter');
		const total = Number((await counter.textContent())?.split('/')[1]);
		// a title slide, the tiles, then the eight charts of components/charts.ts (demand, waiting, NPC, costs, staff, FLS, patient travel, pathway)
		expect(total).toBe(10);
		for (let i = 1; i <= total; i++) {
			await expect(counter).toHaveText(`${i} / ${total}`);
			// Let the chart measure its box and redraw at that size.
			await page.waitForTimeout(300);
			expect(await overflowing(page), `slide ${i} at ${size.width}x${size.height}`).toEqual([]);
			await expect(page.getByRole('button', { name: /Download/ })).toHaveCount(0);
			await page.screenshot({ path: `${SHOTS}/slide-${i}-${size.width}x${size.height}.png` });
			if (i === 2) {
				// Tiles read on their own: the wait in weeks, staff in WTE, capacity in scans a year.
				await expect(page.getByTestId('kpi-Estimated wait at the end')).toHaveText(/weeks$/);
				await expect(page.getByTestId('kpi-Staff (average funded)')).toHaveText(/WTE$/);
				await expect(page.getByTestId('kpi-Average capacity')).toHaveText(/scans a year$/);
			}
			if (i > 2) {
				const svg = page.locator('[data-testid="slide"] figure.chart svg[role="img"]');
				await expect(svg).toBeVisible();
				const box = await svg.boundingBox();
				// The chart uses the slide: at least half its height.
				expect(box?.height ?? 0).toBeGreaterThan(size.height * 0.4);
			}
			await page.keyboard.press('ArrowRight');
		}
	});
}

test('the F key asks for full screen, and the button says how', async ({ page }) => {
	await openUrban(page);
	await page.goto('/workspace/present');
	await expect(page.getByRole('button', { name: 'Full screen (F)' })).toBeVisible();
	await page.evaluate(() => {
		(window as unknown as { asked: number }).asked = 0;
		Element.prototype.requestFullscreen = async function () {
			(window as unknown as { asked: number }).asked++;
		};
	});
	await page.keyboard.press('f');
	expect(await page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(1);
});

test('at 390 px wide the dashboard and its charts reflow: nothing wider than the page', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	mkdirSync(SHOTS, { recursive: true });
	await openUrban(page);
	await expect(page.locator('figure.chart svg[role="img"]').first()).toBeVisible();
	const wide = await page.evaluate(() => {
		const out: string[] = [];
		if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
		// Name what widens it (the header's navigation did once), skipping the data tables in closed
		// 'Data table' disclosures and those kept for screen readers.
		const past = (el: Element | null) => !!el && el.getBoundingClientRect().right > window.innerWidth + 1;
		for (const el of document.querySelectorAll('header *, main *')) {
			if (el.closest('.visually-hidden') || el instanceof SVGElement || !el.checkVisibility()) continue;
			// Only the outermost element that ends past the page's edge.
			if (past(el) && !past(el.parentElement)) out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ends at ${Math.round(el.getBoundingClientRect().right)}`);
		}
		for (const svg of document.querySelectorAll('figure.chart svg[role="img"]')) {
			const r = svg.getBoundingClientRect();
			if (r.right > window.innerWidth + 1) out.push(`chart ${svg.getAttribute('aria-label')?.slice(0, 40)} ends at ${Math.round(r.right)}`);
		}
		return out;
	});
	expect(wide).toEqual([]);
	await page.screenshot({ path: `${SHOTS}/dashboard-390.png` });
	const charts = page.locator('figure.chart');
	for (let i = 0; i < (await charts.count()); i++) await charts.nth(i).screenshot({ path: `${SHOTS}/dashboard-390-chart-${i + 1}.png` });
});
