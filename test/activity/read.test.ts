import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readActivityCsv, type ActivityReadResult } from '../../src/lib/activity/read';
import { monthIndex, monthLabel } from '../../src/lib/activity/months';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function ok(r: ActivityReadResult) {
	if (!r.ok) throw new Error(JSON.stringify(r.problems));
	return r.data;
}
function problems(r: ActivityReadResult) {
	if (r.ok) throw new Error('expected the file to be refused');
	return r.problems;
}

describe('a radiology-system extract', () => {
	const d = ok(readActivityCsv(fixture('radiology-extract.csv'), 'radiology-extract.csv'));

	it('skips the title lines and reads 24 months from April 2023', () => {
		expect(d.months).toHaveLength(24);
		expect(monthLabel(d.first)).toBe('April 2023');
		expect(monthLabel(d.last)).toBe('March 2025');
		expect(d.gaps).toEqual([]);
		expect(d.columns).toEqual({ month: 'Month', referrals: 'Referrals Received', scans: 'Scans Performed', waitingList: 'Waiting List', waiting6: 'Waiting > 6 Weeks' });
		expect(d.referralsFrom).toBe('column');
	});

	it('keeps each figure as written, and names the spreadsheet row', () => {
		// Row 5 of the file (after two title lines, a blank line and the header) is Apr-23: 383, 397, 1,136, 502.
		expect(d.months[0]).toEqual({ month: monthIndex(2023, 4), referrals: 383, scans: 397, waitingList: 1136, waiting6: 502, rows: [5] });
	});

	it('leaves out the Total row and says so', () => {
		expect(d.notes).toContain('1 total row left out.');
	});
});

describe('the national DM01 return', () => {
	const d = ok(readActivityCsv(fixture('dm01-provider.csv'), 'dm01.csv'));

	it('keeps the DEXA rows of the one provider', () => {
		expect(d.months).toHaveLength(14);
		expect(d.notes).toContain('14 rows for diagnostic tests other than DEXA left out.');
		expect(d.months[0]).toMatchObject({ scans: 301, waitingList: 848, waiting6: 254 });
	});

	it('works out referrals as scans plus the change in the list (no referrals column)', () => {
		expect(d.referralsFrom).toBe('derived');
		// May 2023: 286 scans, list 848 -> 887: 286 + 39 = 325 referrals; April has no month before it.
		expect(d.months[0]?.referrals).toBeNull();
		expect(d.months[1]?.referrals).toBe(286 + 887 - 848);
	});

	it('refuses two providers in one file', () => {
		const text = fixture('dm01-provider.csv').replace(/(DM01-MAY-2023,Q99,)RXX(,.*DEXA)/, '$1RYY$2');
		const p = problems(readActivityCsv(text));
		expect(p).toEqual([{ row: null, column: 'Provider Org Code', message: 'the file holds 2 providers (RXX, RYY): keep the rows of one provider only' }]);
	});
});

describe('a bad file is refused with each problem by row and column', () => {
	it('names every bad cell', () => {
		const text = ['Month,Referrals,Scans done,Waiting list,Waiting 6+ weeks', 'Apr-24,400,380,900,100', 'Maytime 2024,410,abc,920,', 'Jun-24,-5,390,930,1000', 'Apr-24,405,381,901,101'].join('\n');
		expect(problems(readActivityCsv(text))).toEqual([
			{ row: 3, column: 'Month', message: '"Maytime 2024" is not a month (write it as e.g. Apr-2024, April 2024, 01/04/2024 or 2024-04)' },
			{ row: 4, column: 'Referrals', message: 'must not be negative, got -5' },
			{ row: 4, column: 'Waiting 6+ weeks', message: 'more patients waiting 6 weeks or more (1000) than on the whole list (930)' },
			{ row: 5, column: 'Month', message: 'April 2024 is already given on row 2: each month must appear once' }
		]);
	});

	it('names a non-number and an empty cell', () => {
		const text = ['Month,Referrals,Scans done', 'Apr-24,400,n/a', 'May-24,,390'].join('\n');
		expect(problems(readActivityCsv(text))).toEqual([
			{ row: 2, column: 'Scans done', message: '"n/a" is not a number' },
			{ row: 3, column: 'Referrals', message: 'no value: every month needs a figure in each column used (leave the month out rather than the figure)' }
		]);
	});

	it('says what header it needs when there is none', () => {
		const [p] = problems(readActivityCsv('a,b,c\n1,2,3\n'));
		expect(p?.message).toMatch(/^no header row found in the first 30 rows: expected a column for the month/);
	});

	it('needs referrals or scans', () => {
		expect(problems(readActivityCsv('Month,Waiting list\nApr-24,900\n'))[0]).toMatchObject({ row: 1, message: expect.stringMatching(/^no column for referrals received or scans done/) });
	});

	it('refuses two columns that both look like referrals', () => {
		expect(problems(readActivityCsv('Month,Referrals,Referrals received\nApr-24,1,2\n'))).toEqual([{ row: 1, column: 'Referrals", "Referrals received', message: 'these columns all look like the referrals received column: rename or remove all but one' }]);
	});

	it('reports an unclosed quote', () => {
		expect(problems(readActivityCsv('Month,Referrals\nApr-24,"400\nMay-24,410\n'))[0]?.message).toMatch(/^a quoted value is not closed/);
	});
});

describe('gaps, categories and forms', () => {
	it('reports missing months and never fills them', () => {
		const d = ok(readActivityCsv('Month,Referrals\n2024-01,10\n2024-02,11\n2024-05,12\n'));
		expect(d.months.map((m) => monthLabel(m.month))).toEqual(['January 2024', 'February 2024', 'May 2024']);
		expect(d.gaps.map(monthLabel)).toEqual(['March 2024', 'April 2024']);
	});

	it('sums rows by scan type into months and keeps each type', () => {
		const text = 'Month,Scan type,Referrals,Scans\nApr-24,Hip and spine,300,280\nApr-24,With VFA,100,90\nMay-24,Hip and spine,310,300\nMay-24,With VFA,105,95\n';
		const d = ok(readActivityCsv(text));
		expect(d.months.map((m) => [m.referrals, m.scans])).toEqual([[400, 370], [415, 395]]);
		expect(d.categories.map((c) => c.name)).toEqual(['Hip and spine', 'With VFA']);
		expect(problems(readActivityCsv(text + 'May-24,With VFA,1,1\n'))[0]).toEqual({ row: 6, column: 'Month', message: 'May 2024 (With VFA) is already given on row 5: each month must appear once' });
	});

	it('reads thousands separators, semicolons and a share column', () => {
		const d = ok(readActivityCsv('Month;Referrals;Waiting list;% waiting 6+ weeks\n01/04/2024;"1,204";2,000;12.5%\n'));
		expect(d.months[0]).toMatchObject({ referrals: 1204, waitingList: 2000, waiting6: 250 });
	});
});
