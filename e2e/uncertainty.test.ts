import { test, expect } from '@playwright/test';
import { openUrban, urbanInput } from './helpers';
import { parseScenario } from '../src/lib/model/parse';
import { runPsa } from '../src/lib/model/uncertainty/psa';

/**
 * The commissioner's question "how sure are we?": the example's ranges, the tornado and switching
 * values, a small PSA run in the background with its progress and results, and a cancelled run.
 */
test('uncertainty: ranges, tornado, a 500-iteration PSA matching the engine, cancelling a run and running again', async ({ page }) => {
	test.setTimeout(180_000);
	const parsed = parseScenario(urbanInput());
	if (!parsed.ok) throw new Error('urban example does not parse');
	// The page splits the run across workers; seeded per iteration, it must equal the single-thread run.
	const expected = runPsa(parsed.scenario, { iterations: 500, seed: 1 });
	const preferredName = parsed.scenario.options.find((o) => o.id === expected.basePreferredOptionId)!.name;

	await openUrban(page);
	await page.goto('/workspace/uncertainty');
	await expect(page.getByRole('heading', { level: 1, name: 'Uncertainty' })).toBeVisible();
	await expect(page.getByRole('rowheader', { name: /DNA rate/ })).toBeVisible();

	await expect(page.getByRole('heading', { name: 'Tornado: net present cost of the preferred option' })).toBeVisible({ timeout: 90_000 });
	await expect(page.getByRole('table', { name: /Switching values/ })).toBeVisible();

	await page.getByRole('textbox', { name: 'Iterations', exact: true }).fill('500');
	await page.getByRole('button', { name: 'Run 500 iterations' }).click();
	const summary = page.getByTestId('psa-summary');
	await expect(summary).toContainText(`${preferredName} is preferred in ${(expected.probabilityBasePreferred * 100).toFixed(1)}% of 500 iterations (seed 1`, { timeout: 90_000 });
	await expect(page.getByRole('heading', { name: 'Probability each option is preferred' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Distribution of net present cost by option' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /Acceptability curve: Second scanner and new FLS against Second static scanner/ })).toBeVisible();
	const bau = expected.options[0]!;
	// In the PSA's own table: the switching values may name business as usual too.
	const psaTable = page.getByRole('table', { name: /Probabilistic analysis: 500 iterations, seed 1/ });
	await expect(psaTable.getByRole('row', { name: /Business as usual/ }).first()).toContainText(`£${Math.round(bau.netPresentCostGbp.mean).toLocaleString('en-GB')}`);

	// A long run shows its progress and can be cancelled; the page keeps working meanwhile.
	await page.getByRole('textbox', { name: 'Iterations', exact: true }).fill('100000');
	await page.getByRole('button', { name: 'Run 100,000 iterations' }).click();
	const progress = page.getByRole('progressbar');
	await expect(progress).toBeVisible();
	await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 60_000 }).toBeGreaterThan(0);
	await expect(page.getByRole('heading', { level: 2, name: 'Ranges and distributions' })).toBeVisible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByText(/The run was cancelled; the results below are from the previous run/)).toBeVisible();
	await expect(progress).toHaveCount(0);

	// Cancelling stopped the page's workers; the next run starts fresh ones and gives the same
	// numbers as the first 500-iteration run (same seed).
	await page.getByRole('textbox', { name: 'Iterations', exact: true }).fill('500');
	await page.getByRole('button', { name: 'Run 500 iterations' }).click();
	await expect(page.getByText(/The run was cancelled/)).toHaveCount(0, { timeout: 90_000 });
	await expect(summary).toContainText(`${preferredName} is preferred in ${(expected.probabilityBasePreferred * 100).toFixed(1)}% of 500 iterations (seed 1`, { timeout: 90_000 });
	// And a run again on the same workers.
	await page.getByRole('button', { name: 'Run 500 iterations' }).click();
	await expect(summary).toContainText(`${preferredName} is preferred in ${(expected.probabilityBasePreferred * 100).toFixed(1)}% of 500 iterations (seed 1`, { timeout: 90_000 });
	await expect(page.getByRole('progressbar')).toHaveCount(0);

	// The on-screen business case carries the run (same version of the scenario) and the sensitivity
	// at once: changing the run size does not change what the sensitivity is of, so the one worked
	// out when the page opened is still this version's (it used to be worked out again, and under
	// load this line timed out waiting for it). Coming back to the page shows the run again.
	await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Report' }).click();
	await expect(page.getByText(/It includes the one-way sensitivity and the probabilistic analysis of 500 runs \(seed 1\)/)).toBeVisible();
	await expect(page.getByText(new RegExp(`${preferredName} was preferred in ${(expected.probabilityBasePreferred * 100).toFixed(1)}% of runs`)).first()).toBeVisible();
	await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Uncertainty' }).click();
	await expect(summary).toContainText(`${preferredName} is preferred in ${(expected.probabilityBasePreferred * 100).toFixed(1)}% of 500 iterations (seed 1`);
});

/**
 * One owner of the analyses: the report works out the sensitivity by itself (in a worker), and a
 * run started on the Uncertainty page goes on when the page is left; the report says so, then
 * carries it, and the run is still there on coming back.
 */
test('analyses: the report works out the sensitivity itself, and a PSA run goes on while the report is open', async ({ page }) => {
	test.setTimeout(180_000);
	await openUrban(page);
	await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Report' }).click();
	const note = page.getByRole('region', { name: 'Business case actions' });
	await expect(note).toContainText('It includes the one-way sensitivity; run the probabilistic analysis', { timeout: 90_000 });
	await expect(page.getByRole('heading', { name: /Appendix H: Sensitivity analysis/ })).toBeVisible();

	await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Uncertainty' }).click();
	await page.getByRole('textbox', { name: 'Iterations', exact: true }).fill('40000');
	await page.getByRole('button', { name: 'Run 40,000 iterations' }).click();
	await expect(page.getByRole('progressbar')).toBeVisible();
	await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Report' }).click();
	await expect(note).toContainText(/the probabilistic analysis is running \([\d,]+ of 40,000 runs\)/);
	await expect(note).toContainText('It includes the one-way sensitivity and the probabilistic analysis of 40,000 runs (seed 1)', { timeout: 120_000 });
	await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Uncertainty' }).click();
	await expect(page.getByTestId('psa-summary')).toContainText('of 40,000 iterations (seed 1');
});
