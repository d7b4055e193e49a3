import { expect, test } from '@playwright/test';
import { parseScenario } from '../src/lib/model/parse';
import { flsCohortWorking } from '../src/lib/model/flsCohort';
import { decimal } from '../src/lib/present';
import { openUrban, urbanInput } from './helpers';

/** The urban example's FLS cohort by year when sized from incidence, as the engine works it out. */
function incidenceWorking() {
	const raw = urbanInput() as Record<string, unknown> & { fls?: Record<string, unknown> };
	raw.fls = { ...(raw.fls ?? {}), cohortMethod: 'incidence' };
	const p = parseScenario(raw);
	if (!p.ok) throw new Error(JSON.stringify(p.errors));
	return flsCohortWorking(p.scenario);
}

test('the FLS section sizes the cohort from fracture incidence by age and sex, with its working and the cohort per year', async ({ page }) => {
	const w = incidenceWorking();
	await openUrban(page);
	await page.goto('/workspace/edit?s=fls');
	const method = page.getByLabel('How the cohort is sized');
	await expect(method).toHaveValue('hipFractures');
	await expect(page.getByTestId('fls-cohort-working')).toHaveCount(0);
	// The hip-fracture method's two inputs show while it sizes the cohort, and hide when incidence does.
	const hip = page.locator('#f-fls-hipFracturesPerYear');
	const perHip = page.locator('#f-fls-cohortPerHipFracture');
	await expect(hip).toBeVisible();
	await expect(perHip).toBeVisible();
	await method.selectOption('incidence');
	await expect(hip).toHaveCount(0);
	await expect(perHip).toHaveCount(0);
	const working = page.getByTestId('fls-cohort-working');
	await expect(working).toBeVisible();
	await expect(working.locator('tfoot td')).toHaveText(decimal(w[0]!.cohort, 1));
	await expect(working.locator('tbody tr')).toHaveCount(4);
	const byYear = page.getByTestId('fls-cohort-by-year').locator('tbody td');
	await expect(byYear.first()).toHaveText(decimal(w[0]!.cohort, 1));
	await expect(byYear.last()).toHaveText(decimal(w[w.length - 1]!.cohort, 1));
	// The incidence inputs are shown with the choice, and an edit moves the cohort: no women's fractures at 85+.
	await page.locator('#f-fls-incidence-women-age85plus').fill('0');
	const without = w[0]!.cohort - w[0]!.bands[3]!.women;
	await expect(working.locator('tfoot td')).toHaveText(decimal(without, 1));
	// Back to the hip-fracture method: its inputs return.
	await method.selectOption('hipFractures');
	await expect(hip).toBeVisible();
	await expect(perHip).toBeVisible();
	await method.selectOption('incidence');
	for (const [name, size] of [
		['1280', { width: 1280, height: 720 }],
		['1920', { width: 1920, height: 1080 }],
		['390', { width: 390, height: 844 }]
	] as const) {
		await page.setViewportSize(size);
		await page.getByRole('heading', { name: 'FLS cohort' }).scrollIntoViewIfNeeded();
		await page.screenshot({ path: `test-results/fls-cohort-${name}.png` });
		await working.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `test-results/fls-cohort-working-${name}.png` });
		// Nothing wider than the window: the page does not scroll sideways.
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
	}
});
