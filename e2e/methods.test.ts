import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test('methods page: contents, formulas and every input with its source', async ({ page }) => {
	// A long page: the accessibility scan alone can take several seconds on a busy CI machine.
	test.setTimeout(120_000);
	await page.goto('/methods');
	await expect(page.getByRole('heading', { level: 1, name: 'Methods' })).toBeVisible();

	const toc = page.getByRole('navigation', { name: 'On this page' });
	await toc.getByRole('link', { name: 'Capacity', exact: true }).click();
	await expect(page).toHaveURL(/#capacity$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Capacity', exact: true })).toBeInViewport();
	await expect(page.getByText('capacity       = slots x attendance')).toBeVisible();

	const appraisal = page.getByRole('region', { name: 'Appraisal inputs' });
	const discount = appraisal.getByRole('row', { name: /Discount rate, years 0-30/ });
	await expect(discount).toContainText('0.035');
	await expect(discount).toContainText('Green Book');
	const scanners = page.getByRole('region', { name: 'Scanners and mobile units inputs' });
	await expect(scanners.getByRole('row', { name: /DNA rate/ })).toContainText('Placeholder');

	await page.getByLabel('Placeholders only').check();
	await expect(discount).toHaveCount(0);
	await expect(scanners.getByRole('row', { name: /DNA rate/ })).toBeVisible();

	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
