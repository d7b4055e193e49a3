/**
 * Loose matching of column headers to the measures an activity file carries. Radiology-system
 * extracts name their columns freely ("Referrals Received", "Exams Performed", "Month Ending");
 * the national DM01 diagnostics return uses "Period", "Diagnostic Test Name", "Total Waiting
 * List", "Number waiting 6+ Weeks" and "Total Activity". Each pattern has a strength: when two
 * columns match one measure, the stronger wins and the other is named as unused; a tie is an
 * ambiguity the user must resolve.
 */
export type Field = 'month' | 'referrals' | 'scans' | 'waitingList' | 'waiting6' | 'waiting6Share' | 'category' | 'testName' | 'provider';

export const FIELD_LABELS: Record<Field, string> = {
	month: 'month',
	referrals: 'referrals received',
	scans: 'scans done',
	waitingList: 'waiting list at month end',
	waiting6: 'waiting 6 weeks or more',
	waiting6Share: 'share waiting 6 weeks or more',
	category: 'scan type or referral source',
	testName: 'diagnostic test (DM01)',
	provider: 'provider (DM01)'
};

type Rule = { field: Field | 'ignore'; pattern: RegExp; strength: number };

// Order matters: the first rule that matches a header decides its field. Waiting-time bands
// come before "waiting list" because "Number waiting 6+ Weeks" also says "waiting".
const RULES: Rule[] = [
	{ field: 'waiting6Share', pattern: /(%|percent|proportion|share|rate).*\b(6|six)\s*\+?\s*(weeks?|wks?)|\b(6|six)\s*\+?\s*(weeks?|wks?).*(%|percent|proportion|share)/, strength: 3 },
	{ field: 'waiting6', pattern: /(\b(6|six)\s*\+\s*(weeks?|wks?)|\b(6|six)\s*(weeks?|wks?)\s*(or|and)\s*(more|over|longer)|(over|more than|>=?|beyond)\s*(6|six)\s*(weeks?|wks?)|\bbreach(es)?\b)/, strength: 3 },
	{ field: 'ignore', pattern: /\b(13|thirteen|26|52)\s*\+?\s*(weeks?|wks?)|\b\d+\s*<\s*\d+\s*weeks?|median|percentile|\bmean\b|average wait/, strength: 0 },
	{ field: 'ignore', pattern: /diagnostic id|test id|test code/, strength: 0 },
	{ field: 'testName', pattern: /diagnostic test( name)?$|test name/, strength: 3 },
	{ field: 'provider', pattern: /^provider( org(anisation)?)? code$|^org(anisation)? code$|^provider$/, strength: 3 },
	{ field: 'ignore', pattern: /provider|commissioner|org(anisation)? name|region|trust name|\bcode\b/, strength: 0 },
	{ field: 'month', pattern: /^(month|period|date|mth|month ending|month end|month start|reporting (month|period)|activity (month|period)|year month|month year|calendar month)( of activity)?$/, strength: 3 },
	{ field: 'waitingList', pattern: /^(total )?waiting list( size)?( at (month )?end)?$|^(total |number )?(patients )?waiting( at (the )?(month )?end)?$|^list size$|^waiters$|^(open |outstanding )?referrals? waiting$|^backlog$|waiting list at month end/, strength: 3 },
	{ field: 'category', pattern: /scan type|exam(ination)? type|test type|procedure type|referral source|source of referral|referrer( type)?|^source$|^category$|^type$|^modality$/, strength: 2 },
	{ field: 'referrals', pattern: /referrals?( received| made| in)?$|^(new )?(requests?|orders?)( received)?$|requests received|clock starts|additions( to (the )?(waiting )?list)?$|^demand$/, strength: 3 },
	{ field: 'month', pattern: /\bmonth\b|\bperiod\b|\bdate\b/, strength: 1 },
	{ field: 'referrals', pattern: /referr|requests?|demand/, strength: 1 },
	{ field: 'scans', pattern: /^total activity$|^(scans?|exam(ination)?s?|tests?|procedures?|attendances?)( done| performed| completed| carried out| reported| attended)?$|^(dxa|dexa) (scans?|exam(ination)?s?)( done| performed| completed)?$|^(patients )?(seen|scanned)$|clock stops/, strength: 3 },
	{ field: 'scans', pattern: /activity|scans?|exam|attend|procedures|performed|completed/, strength: 1 },
	{ field: 'waitingList', pattern: /waiting|list size|backlog|waiters|outstanding/, strength: 1 }
];

/** A header as compared: lower case, runs of spaces, underscores and punctuation (other than + % < >) as one space. */
export function normaliseHeader(h: string): string {
	return h
		.replace(/^\uFEFF/, '')
		.toLowerCase()
		.replace(/[_\s./\\()[\]{}:;,"'|-]+/g, ' ')
		.replace(/\s*\+\s*/g, '+ ')
		.replace(/\s+/g, ' ')
		.trim();
}

export interface HeaderMatch {
	field: Field | 'ignore' | null;
	strength: number;
}

export function matchHeader(header: string): HeaderMatch {
	const h = normaliseHeader(header);
	if (!h) return { field: null, strength: 0 };
	for (const r of RULES) if (r.pattern.test(h)) return { field: r.field, strength: r.strength };
	return { field: null, strength: 0 };
}

export interface ColumnMap {
	/** Column index of each field found. */
	columns: Partial<Record<Field, number>>;
	/** Columns matched to no measure, or beaten by a stronger match: named so nothing is dropped silently. */
	unused: string[];
	/** Two columns matching one measure equally well. */
	ambiguous: { field: Field; headers: string[] }[];
}

/** Assign each field the column that matches it most strongly. */
export function mapColumns(headers: readonly string[]): ColumnMap {
	const best = new Map<Field, { index: number; strength: number; ties: number[] }>();
	const unused: string[] = [];
	headers.forEach((header, index) => {
		const { field, strength } = matchHeader(header);
		if (field === null || field === 'ignore') {
			if (header.trim()) unused.push(header.trim());
			return;
		}
		const cur = best.get(field);
		if (!cur || strength > cur.strength) {
			if (cur) unused.push(...[cur.index, ...cur.ties].map((i) => (headers[i] ?? '').trim()));
			best.set(field, { index, strength, ties: [] });
		} else if (strength === cur.strength) cur.ties.push(index);
		else unused.push(header.trim());
	});
	const columns: Partial<Record<Field, number>> = {};
	const ambiguous: ColumnMap['ambiguous'] = [];
	for (const [field, b] of best) {
		if (b.ties.length) ambiguous.push({ field, headers: [b.index, ...b.ties].map((i) => (headers[i] ?? '').trim()) });
		else columns[field] = b.index;
	}
	return { columns, unused, ambiguous };
}
