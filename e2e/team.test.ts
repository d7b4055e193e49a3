import { expect, test, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { URBAN, urbanInput, appraiseRaw } from './helpers';
import { gbp } from '../src/lib/present';

/**
 * Three people on three browsers (separate contexts: separate storage, as on three machines)
 * work on one scenario in a team space: Alice drafts and publishes, Bob (finance) saves a change,
 * Alice's save based on the older version is refused and merged input by input, and Carol (the
 * commissioner, with the review link) compares versions and signs off the one for the board.
 */
async function person(browser: Browser, name: string, role: string): Promise<Page> {
	const ctx = await browser.newContext();
	const page = await ctx.newPage();
	page.on('dialog', (d) => d.accept());
	await page.addInitScript(([n, r]) => localStorage.setItem('dxa-planner:team-identity:v1', JSON.stringify({ name: n, role: r })), [name, role]);
	return page;
}

async function noSeriousAxe(page: Page) {
	const r = await new AxeBuilder({ page }).analyze();
	const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

test('three people share a scenario: history, a refused save merged input by input, comparison and sign-off', async ({ browser }) => {
	test.setTimeout(180_000);
	const alice = await person(browser, 'Alice Hart', 'Lead clinician');
	const bob = await person(browser, 'Bob Singh', 'Finance');
	const carol = await person(browser, 'Carol Obi', 'Commissioner');

	// Alice creates the space and publishes the urban example to it.
	await alice.goto('/team');
	await alice.getByLabel('Name of the space').fill('North trust DXA business case');
	await alice.getByRole('button', { name: 'Create space' }).click();
	const editLink = await alice.getByTestId('edit-link').inputValue();
	const reviewLink = await alice.getByTestId('review-link').inputValue();
	expect(editLink).toMatch(/\/team\/[A-Za-z0-9_-]{22}#token=[A-Za-z0-9_-]{43}$/);
	expect(reviewLink).not.toBe(editLink);
	await noSeriousAxe(alice);
	await alice.goto('/');
	await alice.getByRole('button', { name: /Open example: Urban trust/ }).click();
	await expect(alice).toHaveURL(/\/workspace$/);
	await alice.getByTestId('team-save').click();
	await alice.getByLabel('What changed, and why (note)').fill('First draft');
	await alice.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(alice.getByTestId('team-status')).toContainText('Team space “North trust DXA business case”, version 1');

	// Bob opens the edit link (the token leaves the address bar), opens the scenario and saves version 2.
	await bob.goto(editLink);
	await expect(bob.getByTestId('space-name')).toHaveText('North trust DXA business case');
	expect(bob.url()).not.toContain('token');
	await expect(bob.getByTestId('scenario-table')).toContainText('Alice Hart, Lead clinician');
	await bob.getByRole('button', { name: /Open Urban trust.* version 1 in the workspace/ }).click();
	await expect(bob).toHaveURL(/\/workspace$/);
	await bob.goto('/workspace/edit?s=scanners');
	await bob.locator('#f-scanners-0-sessionsPerWeek').fill('8');
	await bob.getByTestId('team-save').click();
	await bob.getByLabel('What changed, and why (note)').fill('Two more sessions agreed with estates');
	await bob.getByRole('button', { name: 'Save version' }).click();
	await expect(bob.getByTestId('team-status')).toContainText('version 2');

	// Alice, still on version 1, changes the DNA rate; her save is refused and she merges Bob's change.
	await alice.goto('/workspace/edit?s=scanners');
	await alice.locator('#f-scanners-0-dnaRate').fill('0.07');
	await alice.getByTestId('team-save').click();
	await alice.getByLabel('What changed, and why (note)').fill('Local DNA rate');
	await alice.getByRole('button', { name: 'Save version' }).click();
	const merge = alice.getByTestId('merge-table');
	await expect(merge).toBeVisible();
	await expect(alice.getByText('by Bob Singh (Finance: “Two more sessions agreed with estates”)')).toBeVisible();
	const row = merge.locator('tbody tr');
	await expect(row).toHaveCount(1);
	await expect(row.first()).toContainText('Sessions a week');
	await expect(row.first().locator('td').nth(0)).toHaveText('6');
	await expect(row.first().locator('td').nth(1)).toHaveText('6');
	await expect(row.first().locator('td').nth(2)).toHaveText('8');
	await expect(row.first().getByRole('checkbox')).toBeChecked();
	await noSeriousAxe(alice);
	await alice.getByRole('button', { name: 'Merge and save as version 3' }).click();
	await expect(alice.getByTestId('team-status')).toContainText('version 3');
	await expect(alice.locator('#f-scanners-0-sessionsPerWeek')).toHaveValue('8');
	await expect(alice.locator('#f-scanners-0-dnaRate')).toHaveValue('0.07');

	// Carol reviews: she can read but not add scenarios; she compares version 1 with 3 and signs off 3.
	await carol.goto(reviewLink);
	await expect(carol.getByTestId('access')).toHaveText('Review: read, comment and sign off');
	await expect(carol.getByRole('heading', { name: 'Add a scenario' })).toHaveCount(0);
	await expect(carol.getByTestId('scenario-table')).toContainText('Version 3');
	await expect(carol.getByTestId('scenario-table')).toContainText('Alice Hart, Lead clinician');
	await carol.getByRole('link', { name: /History of Urban trust/ }).click();
	await expect(carol.getByTestId('version-table').locator('tbody tr')).toHaveCount(3);
	await carol.getByRole('radio', { name: 'A version 1' }).check();
	await carol.getByRole('radio', { name: 'B version 3' }).check();
	const compare = carol.getByTestId('compare');
	await expect(compare.getByRole('heading', { name: 'Version 1 (A) compared with version 3 (B)' })).toBeVisible();
	const inputs = carol.getByTestId('compare-inputs').locator('tbody tr');
	await expect(inputs).toHaveCount(2);
	await expect(inputs.nth(0)).toContainText('Sessions a week (sessions)');
	await expect(inputs.nth(0).locator('td').nth(1)).toHaveText('6');
	await expect(inputs.nth(0).locator('td').nth(2)).toHaveText('8');
	await expect(inputs.nth(1)).toContainText('DNA rate');
	await expect(inputs.nth(1).locator('td').nth(1)).toHaveText('0.09');
	await expect(inputs.nth(1).locator('td').nth(2)).toHaveText('0.07');
	// Each option's NPC in both versions is the engine's.
	const v1 = appraiseRaw(urbanInput());
	const raw3 = urbanInput();
	raw3.scanners[0]!.sessionsPerWeek = 8;
	raw3.scanners[0]!.dnaRate = 0.07;
	const v3 = appraiseRaw(raw3);
	const npc = carol.getByTestId('compare-npc').locator('tbody tr');
	await expect(npc).toHaveCount(v1.options.length);
	for (let i = 0; i < v1.options.length; i++) {
		await expect(npc.nth(i).locator('td').nth(0)).toHaveText(gbp(v1.options[i]!.summary.netPresentCostGbp));
		await expect(npc.nth(i).locator('td').nth(1)).toHaveText(gbp(v3.options[i]!.summary.netPresentCostGbp));
	}
	const bau = v3.options[0]!.summary.netPresentCostGbp - v1.options[0]!.summary.netPresentCostGbp;
	await expect(npc.nth(0).locator('td').nth(2)).toHaveText(`${bau > 0 ? '+' : ''}${gbp(bau)}`);
	await noSeriousAxe(carol);

	// Carol comments on the DNA rate of version 3 and signs it off.
	await carol.getByRole('button', { name: 'Read version 3, its comments and sign-off' }).click();
	await carol.getByLabel('Comment on').selectOption('scanners[0].dnaRate');
	await carol.getByLabel('Comment', { exact: true }).fill('Matches last year’s audit.');
	await carol.getByRole('button', { name: 'Add comment' }).click();
	// Named as a reader knows it (the scanner and the label), not by its path scanners[0].dnaRate.
	const scannerName = urbanInput().scanners[0]!.name;
	await expect(carol.getByTestId('comments')).toContainText(`Carol Obi, Commissioner on ${scannerName}: DNA rate`);
	await expect(carol.getByTestId('comments')).not.toContainText('scanners[0]');
	await carol.getByLabel(/Sign off version 3 as “Carol Obi, Commissioner”/).fill('Approved for the March board');
	await carol.getByRole('button', { name: 'Sign off version 3' }).click();
	await expect(carol.getByTestId('signoffs')).toContainText('Signed off by Carol Obi, Commissioner');
	await expect(carol.getByRole('button', { name: /Restore version/ })).toHaveCount(0);

	// Bob sees who changed what and what it did: the history lists all three authors and the sign-off.
	await bob.goto(editLink.replace(/#.*/, ''));
	await expect(bob.getByTestId('scenario-table')).toContainText('Signed off by Carol Obi, Commissioner');
	await bob.getByRole('link', { name: /History of Urban trust/ }).click();
	const table = bob.getByTestId('version-table');
	await expect(table.locator('tr[data-version="3"]')).toContainText('Alice Hart, Lead clinician');
	await expect(table.locator('tr[data-version="3"]')).toContainText('Signed off: Carol Obi');
	await expect(table.locator('tr[data-version="2"]')).toContainText('Bob Singh, Finance');
	await expect(table.locator('tr[data-version="2"]')).toContainText('Two more sessions agreed with estates');
	// Restoring version 1 saves it again as version 4.
	await bob.getByRole('button', { name: 'Restore version 1 as a new version' }).click();
	await expect(bob.getByTestId('history-status')).toHaveText('Version 1 restored as version 4.');
	await expect(table.locator('tr[data-version="4"]')).toContainText('restored from version 1');

	// The signed-off version, opened unchanged, carries the sign-off onto the business case's cover.
	await bob.getByRole('button', { name: 'Open version 3 in the workspace' }).click();
	await expect(bob).toHaveURL(/\/workspace$/);
	await expect(bob.getByTestId('team-status')).toContainText('version 3, signed off by Carol Obi (Commissioner)');
	await bob.goto('/workspace/report');
	const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date());
	await expect(bob.getByText(`Signed off by Carol Obi, Commissioner, on ${day} (version 3 in the team space “North trust DXA business case”).`)).toBeVisible();
	// Any edit makes it another version: the cover no longer claims the sign-off.
	await bob.goto('/workspace/edit?s=scanners');
	await bob.locator('#f-scanners-0-dnaRate').fill('0.06');
	await bob.goto('/workspace/report');
	await expect(bob.getByRole('heading', { level: 1, name: 'Business case' })).toBeVisible();
	await expect(bob.getByText(/Signed off by Carol Obi/)).toHaveCount(0);
	void URBAN;
});
