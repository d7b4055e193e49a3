import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { appraiseRaw, comparisonCell } from './helpers';
import { parseScenario } from '../src/lib/model/parse';
import { appraise } from '../src/lib/model/appraise';
import { buildSiteProblem, mobileOption, planMobileStops, SiteInputsSchema } from '../src/lib/model/access';
import { count, gbp } from '../src/lib/present';

const RURAL = readFileSync('models/rural-mobile.json', 'utf8');
// Population-weighted centres of the rural example's localities (illustrative coordinates).
const TOWNS: Record<string, [number, number]> = {
	castlebridge: [54.6, -2.8],
	northmoor: [54.95, -2.6],
	westdale: [54.55, -3.35],
	eastham: [54.62, -2.2],
	southfield: [54.25, -2.75]
};
const STOPS = [
	{ name: 'Northmoor market', at: [54.94, -2.62] },
	{ name: 'Westdale harbour', at: [54.56, -3.33] },
	{ name: 'Eastham leisure centre', at: [54.61, -2.22] },
	{ name: 'Southfield surgery', at: [54.26, -2.74] }
] as const;

/** The same inputs the journey types, for the engine's own answer. */
function expectedPlan() {
	const p = parseScenario(JSON.parse(RURAL));
	if (!p.ok) throw new Error('rural example does not parse');
	const inputs = SiteInputsSchema.parse({
		candidates: STOPS.map((s, i) => ({ id: i === 0 ? 'stop' : `stop${i + 1}`, name: s.name, kind: 'mobileStop', lat: s.at[0], lon: s.at[1] })),
		localityPoints: Object.fromEntries(Object.entries(TOWNS).map(([id, [lat, lon]]) => [id, { lat, lon }]))
	});
	const built = buildSiteProblem(p.scenario, appraise(p.scenario), inputs);
	return { ...built, plan: planMobileStops(built.problem, { stops: 3, scansPerWeek: 60, weeksPerYear: 46 }) };
}

async function openRuralSites(page: Page): Promise<void> {
	page.on('dialog', (d) => d.accept());
	await page.goto('/');
	await page.getByRole('button', { name: /Open example: Rural county/ }).click();
	await expect(page).toHaveURL(/\/workspace$/);
	await page.getByRole('link', { name: 'Sites', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where should the scanner go?');
}

async function enterStops(page: Page): Promise<void> {
	for (const [id, [lat, lon]] of Object.entries(TOWNS)) {
		await page.locator(`#loc-${id}-lat`).fill(String(lat));
		await page.locator(`#loc-${id}-lon`).fill(String(lon));
	}
	for (const [i, s] of STOPS.entries()) {
		await page.getByRole('button', { name: 'Add a mobile stop' }).click();
		const id = i === 0 ? 'stop' : `stop${i + 1}`;
		await page.getByLabel(`Name of site ${i + 1}`).fill(s.name);
		await page.locator(`#site-${id}-lat`).fill(String(s.at[0]));
		await page.locator(`#site-${id}-lon`).fill(String(s.at[1]));
	}
}

test('the best mobile stops from coordinates match the engine, and become an option in one click', async ({ page }) => {
	test.setTimeout(120_000);
	await openRuralSites(page);
	await enterStops(page);
	const { plan, problem } = expectedPlan();
	expect(plan.stops.length).toBe(3);
	// The stops table: each stop's whole weeks and patients a year as the engine planned them.
	const table = page.getByRole('table', { name: /Stops, whole weeks a year/ });
	for (const s of plan.stops) {
		const name = problem.candidates.find((c) => c.id === s.candidateId)?.name as string;
		const row = table.locator('tbody tr').filter({ has: page.locator('th', { hasText: name }) });
		await expect(row.locator('td').nth(0)).toHaveText(String(s.weeks));
		await expect(row.locator('td').nth(1)).toHaveText(count(s.patientsPerYear));
	}
	await expect(page.getByText(`falls from ${count(plan.currentObjective)} to ${count(plan.objective)} minutes a year`)).toBeVisible();

	await page.getByRole('button', { name: 'Add these stops as an option' }).click();
	await expect(page.getByText(/Added “Mobile unit: 3 stops” to the options/)).toBeVisible();

	// The option the click made is the one mobileOption makes; its net present cost is the engine's.
	const raw = JSON.parse(RURAL);
	raw.options.push(mobileOption(problem, plan, { id: 'mobileStops', unitId: 'mobileUnit2', installedYear: raw.startYear, scansPerWeek: 60 }));
	const npc = appraiseRaw(raw).options.at(-1)?.summary.netPresentCostGbp;
	await page.getByRole('link', { name: 'Options', exact: true }).first().click();
	await expect(comparisonCell(page, 'Net present cost', raw.options.length - 1)).toHaveText(gbp(npc));
});

test('bad site inputs are named by site and field, and the inputs survive a reload', async ({ page }) => {
	test.setTimeout(90_000);
	await openRuralSites(page);
	await page.getByRole('button', { name: 'Add a static site' }).click();
	await page.getByLabel('Name of site 1').fill('Northmoor hospital');
	await page.locator('#site-site-lat').fill('95');
	await expect(page.getByRole('alert')).toContainText('Northmoor hospital, latitude: must be at most 90, got 95');
	await page.locator('#site-site-lat').fill('54.95');
	await expect(page.getByRole('alert')).toHaveCount(0);
	// Without locality coordinates or typed journeys the site is left out, and the page says why.
	await expect(page.getByText(/Northmoor hospital is left out: no journey from Castlebridge \(county town\)/)).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Name of site 1')).toHaveValue('Northmoor hospital');
	await expect(page.locator('#site-site-lat')).toHaveValue('54.95');
});

test('the Sites page has no serious or critical accessibility violations', async ({ page }) => {
	test.setTimeout(90_000);
	await openRuralSites(page);
	await enterStops(page);
	await expect(page.getByRole('button', { name: 'Add these stops as an option' })).toBeVisible();
	const r = await new AxeBuilder({ page }).analyze();
	const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});
