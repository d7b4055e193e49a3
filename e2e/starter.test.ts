import { expect, test } from '@playwright/test';
import { appraiseRaw, urbanInput } from './helpers';

test('a first visit to the workspace opens the starter example, with its preferred option', async ({ page }) => {
	// A new browser context has no autosaved work, saved scenarios or share link.
	await page.goto('/workspace');
	await expect(page.getByTestId('scenario-name')).toHaveText('Urban trust: clearing the DXA backlog');
	await expect(page.getByRole('status').filter({ hasText: 'An example scenario is open to start from' })).toBeVisible();
	// The dashboard names the engine's preferred option for that example.
	const result = appraiseRaw(urbanInput());
	const preferred = result.options.find((o) => o.id === result.preferredOptionId)!;
	await expect(page.getByRole('heading', { name: preferred.name }).first()).toBeVisible();
});
