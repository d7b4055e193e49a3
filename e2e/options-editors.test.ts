import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { appraiseRaw, comparisonCell } from './helpers';
import { gbp } from '../src/lib/present';

type Raw = { options: { travel?: unknown[]; fixedStaffChanges?: unknown[]; addScanners?: { staffPerSession: { roleId: string }[]; servesLocalityIds?: string[] }[] }[] };

/** The rural example as written, for working out expected figures with the engine itself. */
function ruralInput(): Raw {
	return JSON.parse(readFileSync('models/rural-mobile.json', 'utf8'));
}

async function openRural(page: Page): Promise<void> {
	page.on('dialog', (d) => d.accept());
	await page.goto('/');
	await page.getByRole('button', { name: /Open example: Rural county/ }).click();
	await expect(page).toHaveURL(/\/workspace$/);
	await page.getByRole('link', { name: 'Options', exact: true }).first().click();
	await page.getByRole('button', { name: 'Second static scanner at Northmoor' }).click();
}

// Option 1 of the rural example is "Second static scanner at Northmoor"; it already changes the
// journeys from Northmoor and Westdale. The example includes patient travel (societal perspective),
// so a journey change moves the option's net present cost.
test('a travel change on an option moves its net present cost to the engine value', async ({ page }) => {
	await openRural(page);
	const before = appraiseRaw(ruralInput()).options[1]!.summary.netPresentCostGbp;
	await expect(comparisonCell(page, 'Net present cost', 1)).toHaveText(gbp(before));

	await page.getByRole('button', { name: 'Add a travel change' }).click();
	// The new row (index 2) starts at the first locality without a change; pick Eastham instead.
	// Northmoor and Westdale already have rows, so the select must not offer them.
	const locality = page.locator('#travel-1-2-locality');
	await expect(locality.locator('option')).toHaveText(['Castlebridge (county town)', 'Eastham and district', 'Southfield and the vale']);
	await locality.selectOption('eastham');
	await page.locator('#f-options-1-travel-2-returnTravelMiles').fill('30');
	await page.locator('#f-options-1-travel-2-travelMinutes').fill('60');
	await page.locator('#f-options-1-travel-2-shareOfPatients').fill('0.5');
	// A new row follows the option's added scanner (phasing): its journeys start when Northmoor's scanner opens in 2027.
	await expect(page.locator('#travel-1-2-site')).toHaveValue('northmoorStatic');

	const raw = ruralInput();
	raw.options[1]!.travel!.push({ localityId: 'eastham', returnTravelMiles: 30, travelMinutes: 60, shareOfPatients: 0.5, siteScannerId: 'northmoorStatic' });
	const after = appraiseRaw(raw).options[1]!.summary.netPresentCostGbp;
	expect(after).not.toBeCloseTo(before, 0);
	await expect(comparisonCell(page, 'Net present cost', 1)).toHaveText(gbp(after));

	// The new sections (travel rows, staff hours, scanner placement and session roles) pass axe.
	const r = await new AxeBuilder({ page }).analyze();
	const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);

	// Removing the row brings the figure back.
	await page.getByRole('button', { name: 'Remove travel change for Eastham and district' }).click();
	await expect(comparisonCell(page, 'Net present cost', 1)).toHaveText(gbp(before));
});

test('fixed staff hours and per-session roles of an added scanner are editable', async ({ page }) => {
	await openRural(page);
	await page.getByRole('button', { name: 'Add a staff hours change' }).click();
	await page.locator('#fixed-1-0-role').selectOption('secretary');
	await page.locator('#f-options-1-fixedStaffChanges-0-extraHoursPerWeek').fill('7.5');
	// The Northmoor scanner drops its receptionist from each session.
	await page.getByRole('button', { name: 'Remove Receptionist / admin from Northmoor Community Hospital scanner sessions' }).click();
	// ...and is no longer said to serve Westdale (no figure depends on it, but the JSON must follow).
	await page.getByRole('checkbox', { name: 'Westdale and the coast' }).first().uncheck();

	const raw = ruralInput();
	raw.options[1]!.fixedStaffChanges = [{ roleId: 'secretary', extraHoursPerWeek: 7.5 }];
	const sc = raw.options[1]!.addScanners![0]!;
	sc.staffPerSession = sc.staffPerSession.filter((s) => s.roleId !== 'receptionist');
	sc.servesLocalityIds = ['northmoor'];
	const expected = appraiseRaw(raw).options[1]!.summary;
	// Guard against the two edits cancelling out: the figure must move.
	expect(expected.netPresentCostGbp).not.toBeCloseTo(appraiseRaw(ruralInput()).options[1]!.summary.netPresentCostGbp, 0);
	await expect(comparisonCell(page, 'Net present cost', 1)).toHaveText(gbp(expected.netPresentCostGbp));

	// Counts are labelled with their role.
	await expect(page.getByLabel('Healthcare assistant per session')).toHaveValue('1');
	// Add the receptionist back through the role select.
	await page.getByLabel('Role to add to Northmoor Community Hospital scanner sessions').selectOption('receptionist');
	await page.getByRole('button', { name: 'Add role to sessions' }).click();
	sc.staffPerSession.push({ roleId: 'receptionist', count: 1 } as never);
	await expect(comparisonCell(page, 'Net present cost', 1)).toHaveText(gbp(appraiseRaw(raw).options[1]!.summary.netPresentCostGbp));
});

test('a baseline scanner’s session roles and locality are edited on the Edit page', async ({ page }) => {
	await openRural(page);
	await page.goto('/workspace/edit?s=scanners');
	await page.getByRole('button', { name: 'Remove Healthcare assistant from County hospital scanner, Castlebridge sessions' }).click();
	await page.getByLabel('Sited in').selectOption('');
	const raw = ruralInput() as Raw & { scanners: { staffPerSession: { roleId: string }[]; localityId?: string }[] };
	const sc = raw.scanners[0]!;
	sc.staffPerSession = sc.staffPerSession.filter((s) => s.roleId !== 'assistant');
	delete sc.localityId;
	const before = appraiseRaw(ruralInput()).options[0]!.summary.netPresentCostGbp;
	const after = appraiseRaw(raw).options[0]!.summary.netPresentCostGbp;
	// One healthcare assistant fewer in every session must cost less.
	expect(after).toBeLessThan(before);
	await page.getByRole('link', { name: 'Options', exact: true }).first().click();
	await expect(comparisonCell(page, 'Net present cost', 0)).toHaveText(gbp(after));
	// Undo twice restores both edits.
	await page.getByRole('button', { name: 'Undo' }).click();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(comparisonCell(page, 'Net present cost', 0)).toHaveText(gbp(before));
});
