import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

async function start(page: Page) {
	page.on('dialog', (d) => d.accept());
	await page.goto('/');
	await page.getByRole('button', { name: 'Start the guided setup' }).click();
	await expect(page).toHaveURL(/\/setup$/);
	await expect(page.getByRole('heading', { name: '1. Catchment' })).toBeVisible();
}

async function axe(page: Page) {
	const r = await new AxeBuilder({ page }).analyze();
	return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('guided setup: catchment with a formula, today\'s service, options with an FLS formula, then the review', async ({ page }) => {
	test.setTimeout(120_000);
	await start(page);
	expect(await axe(page)).toEqual([]);
	await page.getByLabel('Scenario name').fill('Northshire DXA');
	await page.getByLabel('Under 50 (people)').fill('=100000 + 40000');
	await expect(page.getByText('= 140,000')).toBeVisible();
	await page.getByLabel('50-64 (people)').fill('40,000');
	await page.getByLabel('65-74 (people)').fill('20000');
	await page.getByLabel('75-84 (people)').fill('12000');
	await page.getByLabel('85 and over (people)').fill('4000');
	await expect(page.getByTestId('setup-population')).toHaveText('Population 216,000, of whom 76,000 aged 50 and over.');
	await page.getByLabel('Use the projected growth of people aged 65+ and 85+ in').selectOption({ label: 'South West' });
	await page.getByRole('button', { name: 'Save and continue' }).click();

	await expect(page.getByRole('heading', { name: "2. Today's service" })).toBeVisible();
	await page.getByLabel('Scanning sessions a week on each').fill('9');
	await page.getByLabel('Patients waiting now').fill('600');
	await page.getByRole('button', { name: 'Save and continue' }).click();

	await expect(page.getByRole('heading', { name: '3. Your activity data (optional)' })).toBeVisible();
	await page.getByRole('button', { name: 'Skip this step' }).click();

	await expect(page.getByRole('heading', { name: '4. Options to compare' })).toBeVisible();
	await page.getByLabel('Add a fracture liaison service').check();
	await page.getByLabel('Local hip fractures a year').fill('=population50Plus * 3.1 / 1000');
	// 76,000 aged 50+ x 3.1 / 1,000 = 235.6
	await expect(page.getByText('= 235.6')).toBeVisible();
	await page.getByLabel('A further static scanner (from next year)').check();
	await page.getByRole('button', { name: 'Save and review' }).click();

	await expect(page.getByRole('heading', { name: '5. Review' })).toBeVisible();
	const review = page.getByTestId('review-warnings');
	await expect(review).toBeVisible();
	expect(await axe(page)).toEqual([]);
	await page.getByRole('button', { name: 'Open the workspace' }).click();
	await expect(page).toHaveURL(/\/workspace$/);
	await expect(page.getByTestId('scenario-name')).toHaveText('Northshire DXA');
});

test('guided setup: a zero population is flagged in the review', async ({ page }) => {
	await start(page);
	for (const band of ['Under 50', '50-64', '65-74', '75-84', '85 and over']) await page.getByLabel(`${band} (people)`).fill('0');
	await page.getByRole('button', { name: 'Save and continue' }).click();
	await page.getByRole('button', { name: 'Save and continue' }).click();
	await page.getByRole('button', { name: 'Skip this step' }).click();
	await page.getByRole('button', { name: 'Save and review' }).click();
	await expect(page.locator('[data-warning="zeroPopulation"]')).toContainText('The catchment population is 0');
});

test('guided setup: a bad entry is named and nothing moves on', async ({ page }) => {
	await start(page);
	await page.getByLabel('Under 50 (people)').fill('12k');
	await expect(page.getByText('"12k" is not a number (a formula starts with =)')).toBeVisible();
	await page.getByRole('button', { name: 'Save and continue' }).click();
	await expect(page.getByRole('alert')).toContainText('Under 50: "12k" is not a number');
	await expect(page.getByRole('heading', { name: '1. Catchment' })).toBeVisible();
});

test('guided setup: a total split by the North East Census 2021 profile', async ({ page }) => {
	await start(page);
	await page.getByLabel('A total and the share in each band').check();
	await page.getByLabel('Total population (people)').fill('100000');
	await page.getByLabel('Take the shares from').selectOption({ label: 'North East (Census 2021)' });
	await expect(page.getByLabel('Share 85 and over (%)')).toHaveValue('2.5');
	// 100,000 x (20.8 + 11.3 + 6.6 + 2.5)% = 41,200 aged 50 and over; under 50 58.8% = 58,800
	await expect(page.getByTestId('setup-population')).toHaveText('Population 100,000, of whom 41,200 aged 50 and over.');
	await expect(page.getByText(/Census 2021: population by sex and five-year age band/)).toBeVisible();
	expect(await axe(page)).toEqual([]);
	// at 390 px the step fits the page (the fieldset's min-content width once made it 428 px)
	await page.setViewportSize({ width: 390, height: 844 });
	await page.getByLabel('Take the shares from').selectOption({ label: 'Yorkshire and the Humber (Census 2021)' });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await page.getByRole('button', { name: 'Save and continue' }).click();
	await expect(page.getByRole('heading', { name: "2. Today's service" })).toBeVisible();
});
