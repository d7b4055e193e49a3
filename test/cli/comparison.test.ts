import { describe, expect, it } from 'vitest';
import { allWarnings, comparisonReport, comparisonTable } from '../../src/lib/cli/comparison';
import { appraise } from '../../src/lib/model/appraise';
import { parseScenarioJson } from '../../src/lib/model/parse';
import type { AppraisalResult, OptionSummary } from '../../src/lib/model/results';
import { readModel } from '../api/fixtures';
import { preferredReason } from '../../src/lib/present';

function urban(): AppraisalResult {
	const parsed = parseScenarioJson(readModel('urban-backlog.json'));
	if (!parsed.ok) throw new Error('urban-backlog.json should be valid');
	return appraise(parsed.scenario);
}

/** The table's body rows split into cells (cells are separated by two or more spaces). */
function rows(table: string): string[][] {
	const lines = table.split('\n');
	const rule = lines.findIndex((l) => l.startsWith('----'));
	return lines.slice(rule + 1).map((l) => l.trim().split(/\s{2,}/));
}

/** Set one option's summary to hand-chosen figures so each formatted cell can be worked out here. */
function withSummary(r: AppraisalResult, index: number, patch: Partial<OptionSummary>): AppraisalResult {
	const copy = structuredClone(r);
	const o = copy.options[index];
	if (!o) throw new Error('no such option');
	o.summary = { ...o.summary, ...patch };
	return copy;
}

describe('comparison table', () => {
	it('formats each column of a row from the summary (figures worked by hand)', () => {
		const r = withSummary(urban(), 0, {
			rank: 1,
			meetsDemand: true,
			averageCapacity: 6012.5, // -> "6,013" (nearest whole scan, half away from zero)
			endListSize: 0.4, // -> "0"
			endEstimatedWaitWeeks: 2.25, // -> "2.3"
			backlogClearsMonth: 14, // month 0 is April 2026 (financial year 2026/27): April 2026 + 14 months = June 2027
			averageFundedWte: 7.04, // -> "7.0"
			capitalTotalGbp: 1234567.8, // -> "£1,234,568"
			netPresentCostGbp: 5_555_000, // 5.555 -> "£5.56m"
			netPresentSocialValueGbp: -2_994_999, // -2.995 -> "−£2.99m" (2.994999 rounds down; minus sign U+2212)
			costPerScanGbp: 88.5, // -> "£89"
			fracturesAverted: 12.34, // -> "12.3"
			weightedScore: 7 // -> "7.00"
		});
		for (const o of r.options.slice(1)) o.summary.rank += 1;
		const first = rows(comparisonTable(r))[0];
		expect(first).toEqual(['1', r.options[0]?.name, 'yes', '6,013', '0', '2.3', 'June 2027', '7.0', '£1,234,568', '£5.56m', '\u2212£2.99m', '£89', '12.3', '7.00']);
	});

	it('shows "never", "n/a" and "no" for an option that does not clear its backlog and has no capacity', () => {
		const r = withSummary(urban(), 0, { rank: 99, meetsDemand: false, backlogClearsMonth: null, endEstimatedWaitWeeks: null, costPerScanGbp: null });
		const last = rows(comparisonTable(r)).at(-1);
		expect(last?.slice(0, 3)).toEqual(['99', r.options[0]?.name, 'no']);
		expect(last?.[5]).toBe('n/a');
		expect(last?.[6]).toBe('never');
		expect(last?.[11]).toBe('n/a');
	});

	it('lists options in rank order, one row each', () => {
		const r = urban();
		const byRank = [...r.ranking].sort((a, b) => a.rank - b.rank).map((x) => r.options.find((o) => o.id === x.optionId)?.name);
		expect(rows(comparisonTable(r)).map((c) => c[1])).toEqual(byRank);
	});
});

describe('comparison report', () => {
	it('names the preferred option, its reason, the period and the price base', () => {
		const r = urban();
		const text = comparisonReport(r);
		expect(text).toContain('Appraisal over 10 years, 2026/27 to 2035/36; money in £ at 2025 prices.');
		expect(text).toContain(`Preferred option: ${r.options.find((o) => o.id === r.preferredOptionId)?.name}\n`);
		expect(text.replace(/\n\s+/g, ' ')).toContain(`Reason: ${preferredReason(r)}`);
	});

	it('lists every flag once, with option flags missing from the warnings added', () => {
		const r = structuredClone(urban());
		const a = r.options[0];
		const b = r.options[1];
		if (!a || !b) throw new Error('urban has options');
		a.flags = ['Flag A.'];
		b.flags = ['Flag B.'];
		r.warnings = [`${a.name}: Flag A.`, 'Scenario-wide warning.'];
		expect(allWarnings(r)).toEqual([`${a.name}: Flag A.`, 'Scenario-wide warning.', `${b.name}: Flag B.`]);
		expect(comparisonReport(r)).toContain(`Flags and warnings:\n- ${a.name}: Flag A.\n- Scenario-wide warning.\n- ${b.name}: Flag B.`);
	});
});
