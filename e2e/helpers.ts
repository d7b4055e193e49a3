import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { parseScenario } from '../src/lib/model/parse';
import { appraise } from '../src/lib/model/appraise';
import type { AppraisalResult } from '../src/lib/model/results';

export const URBAN = 'urban-backlog.json';

/** The example as written, for working out expected figures with the engine itself. */
export function urbanInput(): Record<string, unknown> & { scanners: Record<string, unknown>[]; options: Record<string, unknown>[] } {
	return JSON.parse(readFileSync(`models/${URBAN}`, 'utf8'));
}

export function appraiseRaw(raw: unknown): AppraisalResult {
	const p = parseScenario(raw);
	if (!p.ok) throw new Error(JSON.stringify(p.errors));
	return appraise(p.scenario);
}

/** Open the urban example from the home page and land on the dashboard. */
export async function openUrban(page: Page): Promise<void> {
	page.on('dialog', (d) => d.accept());
	await page.goto('/');
	await page.getByRole('button', { name: /Open example: Urban trust/ }).click();
	await expect(page).toHaveURL(/\/workspace$/);
	await expect(page.getByTestId('scenario-name')).toHaveText('Urban trust: clearing the DXA backlog');
}

/** The comparison table's cell for a measure (row header text) and option (column index, 0-based). */
export function comparisonCell(page: Page, measure: string, optionIndex: number) {
	return page.getByTestId('comparison').locator('tbody tr').filter({ has: page.locator('th', { hasText: measure }) }).locator('td').nth(optionIndex);
}
