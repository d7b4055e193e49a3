import { describe, it, expect } from 'vitest';
import { appraise } from '../../src/lib/model';
import { writeCsv, CSV_HEADER } from '../../src/lib/export/csv';
import { exampleModels } from './models';

const models = exampleModels();
const urban = models.find((m) => m.slug === 'urban-backlog');
if (!urban) throw new Error('urban-backlog example missing');

/** Split one RFC 4180 line into fields (quoted fields may hold commas and doubled quotes). */
function fields(line: string): string[] {
	const out: string[] = [];
	let cur = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (quoted) {
			if (ch === '"' && line[i + 1] === '"') {
				cur += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cur += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			out.push(cur);
			cur = '';
		}
		else cur += ch;
	}
	out.push(cur);
	return out;
}

describe('tidy CSV of yearly results', () => {
	const text = writeCsv({ result: urban.result });
	const lines = text.trimEnd().split('\r\n');
	const rows = lines.slice(1).map(fields);

	it('has the tidy header and one row per option, year and measure', () => {
		expect(lines[0]).toBe(CSV_HEADER.join(','));
		// 43 measures for every option: 17 demand/capacity/staffing + 6 capital categories + capital total
		// + 11 revenue categories + revenue total + 7 (two optimism biases, travel, residual, total,
		// discount factor, discounted) = 43; the FLS option adds 13. Urban backlog: 4 options, 1 with
		// an FLS, 10 years: 10 x (4 x 43 + 13) = 10 x 185 = 1,850 rows.
		expect(rows).toHaveLength(1850);
		expect(rows.every((r) => r.length === 6)).toBe(true);
		const keys = new Set(rows.map((r) => `${r[0]}|${r[2]}|${r[3]}`));
		expect(keys.size).toBe(rows.length);
	});

	it('writes values the engine reports, e.g. the Green Book discount factor', () => {
		const df = rows.find((r) => r[0] === 'bau' && r[2] === '2028' && r[3] === 'discount_factor');
		// year index 2: 1 / 1.035^2 = 1 / 1.071225 = 0.933510...
		expect(Number(df?.[4])).toBeCloseTo(0.93351, 5);
		expect(df?.[5]).toBe('factor');
		const npcRows = rows.filter((r) => r[0] === 'secondFls' && r[3] === 'discounted_cost');
		const sum = npcRows.reduce((t, r) => t + Number(r[4]), 0);
		const npc = urban.result.options.find((o) => o.id === 'secondFls')?.summary.netPresentCostGbp ?? NaN;
		expect(Math.abs(sum - npc)).toBeLessThan(0.005);
		expect(rows.some((r) => r[4] === 'NaN' || r[4] === 'Infinity')).toBe(false);
	});

	it('only gives FLS measures to options with an FLS', () => {
		expect(rows.some((r) => r[0] === 'bau' && ['fls_cohort', 'fls_costs_avoided', 'fls_qalys_gained'].includes(r[3] ?? ''))).toBe(false);
		expect(rows.filter((r) => r[0] === 'secondFls' && r[3] === 'fls_cohort')).toHaveLength(10);
	});

	it('quotes names holding commas and quotes', () => {
		const s = structuredClone(urban.scenario);
		const o = s.options[1];
		if (!o) throw new Error('no option');
		o.name = 'Extended hours, "evenings"';
		const csv = writeCsv({ result: appraise(s) });
		const line = csv.split('\r\n').find((l) => l.startsWith('extended,'));
		expect(line).toMatch(/^extended,"Extended hours, ""evenings""",2026,/);
		expect(fields(line ?? '')[1]).toBe('Extended hours, "evenings"');
	});

	it.each([
		['=HYPERLINK("http://x","click")', `'=HYPERLINK("http://x","click")`],
		['+1', "'+1"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tTabbed', "'\tTabbed"],
		['\rReturn', "'\rReturn"],
		['Plain name', 'Plain name']
	])('neutralises a name starting with a formula character: %j is written as %j (OWASP CSV injection)', (name, written) => {
		const r = structuredClone(urban.result);
		const o = r.options[1];
		if (!o) throw new Error('no option');
		o.name = name;
		const line = writeCsv({ result: r }).split('\r\n').find((l) => l.startsWith(`${o.id},`)) ?? '';
		expect(fields(line)[1]).toBe(written);
	});

	it('drops characters XML cannot carry from names', () => {
		const r = structuredClone(urban.result);
		const o = r.options[1];
		if (!o) throw new Error('no option');
		o.name = 'Extended\uFFFE hours\uFFFF';
		expect(writeCsv({ result: r })).toContain(`${o.id},Extended hours,2026,`);
	});
});
