import Papa from 'papaparse';
import { mapColumns, FIELD_LABELS, type Field } from './headers';
import { parseMonth } from './dates';
import { parseCount, parseShare } from './numbers';
import { monthLabel, type MonthIndex } from './months';

/** One problem with the file, named by its row (as a spreadsheet numbers it) and column header. */
export interface ActivityProblem {
	row: number | null;
	column: string | null;
	message: string;
}

export interface ActivityMonth {
	month: MonthIndex;
	/** Referrals received in the month (null where they cannot be known, e.g. the first month of derived referrals). */
	referrals: number | null;
	scans: number | null;
	/** Patients waiting at the month's end. */
	waitingList: number | null;
	/** Patients at the month's end who had waited 6 weeks or more. */
	waiting6: number | null;
	/** File rows that made up this month. */
	rows: number[];
}

export interface ActivityCategory {
	name: string;
	months: { month: MonthIndex; referrals: number | null; scans: number | null }[];
}

export interface ActivityData {
	fileName: string;
	/** One entry per month present, in calendar order. */
	months: ActivityMonth[];
	/** Header text of the column each measure came from. */
	columns: Partial<Record<Field, string>>;
	/** Referrals read from a column, worked out as scans + change in the list, or absent. */
	referralsFrom: 'column' | 'derived' | null;
	categories: ActivityCategory[];
	/** Months missing between the first and last (reported, never filled). */
	gaps: MonthIndex[];
	/** What was read and what was left out, in plain words. */
	notes: string[];
	first: MonthIndex;
	last: MonthIndex;
}

export type ActivityReadResult = { ok: true; data: ActivityData } | { ok: false; problems: ActivityProblem[] };

/** Largest file accepted, in characters (ten years of monthly rows by a dozen categories is ~100 kB). */
export const MAX_ACTIVITY_CHARS = 5_000_000;
const HEADER_SEARCH_ROWS = 30;
const MEASURES = ['referrals', 'scans', 'waitingList', 'waiting6', 'waiting6Share'] as const;
type Measure = (typeof MEASURES)[number];
const TOTAL_ROW = /^(grand )?totals?$|^sum$|^all( months)?$/i;
const DXA_TEST = /dexa|dxa|densitomet/i;

function blank(row: readonly string[]): boolean {
	return row.every((c) => c.trim() === '');
}

function fail(problems: ActivityProblem[]): ActivityReadResult {
	return { ok: false, problems };
}

/**
 * Read a CSV of monthly activity: a month column and any of referrals received, scans done,
 * waiting list at month end and waiting 6 weeks or more (a count or a share), optionally one
 * row per scan type or referral source. Title lines above the header are skipped; a trailing
 * "Total" row is left out and said so. A national DM01 return is read for its DEXA rows of one
 * provider. Every problem is reported by row and column; the data are returned only when there
 * are none. Missing months are listed, never filled; a repeated month is a problem.
 */
export function readActivityCsv(text: string, fileName = 'activity.csv'): ActivityReadResult {
	if (text.length > MAX_ACTIVITY_CHARS) return fail([{ row: null, column: null, message: `the file is too large (${text.length.toLocaleString('en-GB')} characters; the limit is ${MAX_ACTIVITY_CHARS.toLocaleString('en-GB')})` }]);
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: false });
	const rows = parsed.data.map((r) => (Array.isArray(r) ? r.map((c) => String(c ?? '')) : []));
	const problems: ActivityProblem[] = parsed.errors
		.filter((e) => e.type === 'Quotes')
		.map((e) => ({ row: e.row !== undefined && e.row !== null ? e.row + 1 : null, column: null, message: `a quoted value is not closed (${e.message})` }));

	let headerIndex = -1;
	let map = mapColumns([]);
	for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
		const m = mapColumns(rows[i] as string[]);
		const cols = { ...m.columns, ...Object.fromEntries(m.ambiguous.map((a) => [a.field, -1])) };
		if (cols.month !== undefined && MEASURES.some((f) => cols[f] !== undefined)) {
			headerIndex = i;
			map = m;
			break;
		}
	}
	if (headerIndex < 0)
		return fail([
			...problems,
			{
				row: null,
				column: null,
				message: `no header row found in the first ${HEADER_SEARCH_ROWS} rows: expected a column for the month (e.g. "Month" or "Period") and at least one of ${MEASURES.slice(0, 4).map((f) => `"${FIELD_LABELS[f]}"`).join(', ')}`
			}
		]);
	const headers = rows[headerIndex] as string[];
	const headerRow = headerIndex + 1;
	for (const a of map.ambiguous) problems.push({ row: headerRow, column: a.headers.join('", "'), message: `these columns all look like the ${FIELD_LABELS[a.field]} column: rename or remove all but one` });
	const col = map.columns;
	const name = (f: Field) => (headers[col[f] as number] ?? '').trim();
	if (col.waiting6 !== undefined && col.waiting6Share !== undefined) {
		map.unused.push(name('waiting6Share'));
		delete col.waiting6Share;
	}
	if (col.referrals === undefined && col.scans === undefined && !map.ambiguous.some((a) => a.field === 'referrals' || a.field === 'scans'))
		problems.push({ row: headerRow, column: null, message: `no column for referrals received or scans done: a fit needs at least one (found ${Object.keys(col).map((f) => `"${name(f as Field)}"`).join(', ')})` });
	if (problems.length) return fail(problems);

	const shareIsFraction = col.waiting6Share !== undefined && !/%|percent/i.test(name('waiting6Share'));
	const notes: string[] = [];
	const byKey = new Map<string, number>();
	const providers = new Map<string, number>();
	let otherTests = 0;
	let totalRows = 0;
	const kept: { row: number; month: MonthIndex; category: string; values: Partial<Record<Measure, number>> }[] = [];

	for (let i = headerIndex + 1; i < rows.length; i++) {
		const r = rows[i] as string[];
		const rowNo = i + 1;
		if (blank(r)) continue;
		const cell = (f: Field) => (r[col[f] as number] ?? '').trim();
		const monthText = cell('month');
		if (TOTAL_ROW.test(monthText)) {
			totalRows++;
			continue;
		}
		if (col.testName !== undefined && !DXA_TEST.test(cell('testName'))) {
			otherTests++;
			continue;
		}
		const month = parseMonth(monthText);
		if (month === null) {
			problems.push({ row: rowNo, column: name('month'), message: monthText ? `"${monthText}" is not a month (write it as e.g. Apr-2024, April 2024, 01/04/2024 or 2024-04)` : 'no month given' });
			continue;
		}
		if (col.provider !== undefined) providers.set(cell('provider'), rowNo);
		const category = col.category !== undefined ? cell('category') || '(blank)' : '';
		const values: Partial<Record<Measure, number>> = {};
		for (const f of MEASURES) {
			if (col[f] === undefined) continue;
			const text = cell(f);
			const v = f === 'waiting6Share' ? parseShare(text, shareIsFraction) : parseCount(text);
			if (!text) problems.push({ row: rowNo, column: name(f), message: 'no value: every month needs a figure in each column used (leave the month out rather than the figure)' });
			else if (v === null) problems.push({ row: rowNo, column: name(f), message: `"${text}" is not a number` });
			else if (v < 0) problems.push({ row: rowNo, column: name(f), message: `must not be negative, got ${text}` });
			else if (f === 'waiting6Share' && v > 1) problems.push({ row: rowNo, column: name(f), message: `a share must be at most 100%, got ${text}` });
			else values[f] = v;
		}
		if (values.waiting6 !== undefined && values.waitingList !== undefined && values.waiting6 > values.waitingList)
			problems.push({ row: rowNo, column: name('waiting6'), message: `more patients waiting 6 weeks or more (${values.waiting6}) than on the whole list (${values.waitingList})` });
		const key = `${month}|${category}`;
		const earlier = byKey.get(key);
		if (earlier !== undefined) problems.push({ row: rowNo, column: name('month'), message: `${monthLabel(month)}${category ? ` (${category})` : ''} is already given on row ${earlier}: each month must appear once` });
		else byKey.set(key, rowNo);
		kept.push({ row: rowNo, month, category, values });
	}
	if (providers.size > 1)
		problems.push({ row: null, column: name('provider'), message: `the file holds ${providers.size} providers (${[...providers.keys()].slice(0, 6).join(', ')}${providers.size > 6 ? ', ...' : ''}): keep the rows of one provider only` });
	if (!kept.length && !problems.length)
		problems.push({ row: null, column: col.testName !== undefined ? name('testName') : name('month'), message: col.testName !== undefined ? 'no DEXA (DXA) rows found in the diagnostic test column' : 'no months found below the header' });
	if (problems.length) return fail(problems);

	if (totalRows) notes.push(`${totalRows} total row${totalRows > 1 ? 's' : ''} left out.`);
	if (otherTests) notes.push(`${otherTests} row${otherTests > 1 ? 's' : ''} for diagnostic tests other than DEXA left out.`);
	if (map.unused.length) notes.push(`Columns not used: ${map.unused.map((h) => `"${h}"`).join(', ')}.`);
	return { ok: true, data: assemble(kept, col, headers, fileName, notes) };
}

function assemble(
	kept: { row: number; month: MonthIndex; category: string; values: Partial<Record<Measure, number>> }[],
	col: Partial<Record<Field, number>>,
	headers: readonly string[],
	fileName: string,
	notes: string[]
): ActivityData {
	const has = (f: Measure) => col[f] !== undefined;
	const byMonth = new Map<MonthIndex, ActivityMonth>();
	const cats = new Map<string, ActivityCategory>();
	const sum = (a: number | null, b: number | undefined, present: boolean) => (present ? (a ?? 0) + (b ?? 0) : null);
	for (const k of kept) {
		let m = byMonth.get(k.month);
		if (!m) byMonth.set(k.month, (m = { month: k.month, referrals: null, scans: null, waitingList: null, waiting6: null, rows: [] }));
		m.referrals = sum(m.referrals, k.values.referrals, has('referrals'));
		m.scans = sum(m.scans, k.values.scans, has('scans'));
		m.waitingList = sum(m.waitingList, k.values.waitingList, has('waitingList'));
		if (has('waiting6')) m.waiting6 = sum(m.waiting6, k.values.waiting6, true);
		else if (has('waiting6Share') && has('waitingList')) m.waiting6 = (m.waiting6 ?? 0) + (k.values.waiting6Share ?? 0) * (k.values.waitingList ?? 0);
		m.rows.push(k.row);
		if (k.category) {
			let c = cats.get(k.category);
			if (!c) cats.set(k.category, (c = { name: k.category, months: [] }));
			c.months.push({ month: k.month, referrals: k.values.referrals ?? null, scans: k.values.scans ?? null });
		}
	}
	const months = [...byMonth.values()].sort((a, b) => a.month - b.month);
	const first = (months[0] as ActivityMonth).month;
	const last = (months[months.length - 1] as ActivityMonth).month;
	const gaps: MonthIndex[] = [];
	for (let t = first; t <= last; t++) if (!byMonth.has(t)) gaps.push(t);

	let referralsFrom: ActivityData['referralsFrom'] = has('referrals') ? 'column' : null;
	if (!has('referrals') && has('scans') && has('waitingList')) {
		referralsFrom = 'derived';
		// Referrals = scans + change in the list: every patient who joined either was scanned or is still waiting
		// (removals without a scan, e.g. cancelled requests, make this an underestimate).
		for (const m of months) {
			const prev = byMonth.get(m.month - 1);
			m.referrals = prev && prev.waitingList !== null && m.waitingList !== null && m.scans !== null ? m.scans + m.waitingList - prev.waitingList : null;
		}
		notes.push('No referrals column: referrals worked out as scans done plus the change in the waiting list (removals without a scan would make this an underestimate).');
	}
	if (has('waiting6Share') && !has('waitingList')) notes.push('The share waiting 6 weeks or more needs the waiting list size to give a number of patients: not used.');
	const columns: Partial<Record<Field, string>> = {};
	for (const [f, i] of Object.entries(col)) columns[f as Field] = (headers[i as number] ?? '').trim();
	return { fileName, months, columns, referralsFrom, categories: [...cats.values()], gaps, notes, first, last };
}
