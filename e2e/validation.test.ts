import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { runValidation } from '../src/lib/validation/studies';
import { decimal } from '../src/lib/present';

test('the Validation page sets the engine beside each published evaluation, from the main navigation', async ({ page }) => {
	const studies = runValidation(JSON.parse(readFileSync('models/urban-backlog.json', 'utf8')));
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Validation' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Validation: the FLS beside published evaluations');
	const mcl = studies.find((s) => s.id === 'mclellan2011')?.rows[0];
	const cells = page.getByTestId('validation-mclellan2011').locator('tbody tr').first().locator('td');
	await expect(cells.nth(0)).toHaveText('18.0');
	await expect(cells.nth(1)).toHaveText(decimal(mcl?.engine, 1));
	await expect(page.getByTestId('validation-ros')).toBeVisible();
	const r = await new AxeBuilder({ page }).analyze();
	expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
