import type { InputIssue } from '$lib/model';
import type { SiteInputsInput } from '$lib/model/access';

const FIELD: Record<string, string> = {
	lat: 'latitude',
	lon: 'longitude',
	name: 'name',
	maxWeeksPerYear: 'most weeks a year',
	capacityScansPerYear: 'scans a year',
	returnMiles: 'return miles',
	returnMinutes: 'return minutes',
	roadFactor: 'Road factor',
	speedMph: 'Average speed',
	stops: 'Stops for the mobile unit',
	scansPerWeek: 'Mobile scans a week',
	weeksPerYear: 'Mobile weeks a year',
	yearIndex: 'Year of demand'
};

/**
 * A problem with the site inputs, said with the names the user sees: "Stop 2, latitude: must be at
 * most 90, got 95" rather than "candidates[1].lat".
 */
export function describeIssue(issue: InputIssue, input: SiteInputsInput, localityName: (id: string) => string): string {
	const m = /^candidates\[(\d+)\]\.(\w+)$/.exec(issue.path);
	if (m) return `${input.candidates?.[Number(m[1])]?.name ?? `Site ${Number(m[1]) + 1}`}, ${FIELD[m[2] as string] ?? m[2]}: ${issue.message}`;
	const j = /^journeys\[(\d+)\]\.(\w+)$/.exec(issue.path);
	if (j) {
		const row = input.journeys?.[Number(j[1])];
		const site = input.candidates?.find((c) => c.id === row?.candidateId)?.name ?? row?.candidateId ?? 'a site';
		return `Journey from ${localityName(row?.localityId ?? '')} to ${site}, ${FIELD[j[2] as string] ?? j[2]}: ${issue.message === 'required' ? 'give both miles and minutes' : issue.message}`;
	}
	const p = /^localityPoints\.(\w+)\.(\w+)$/.exec(issue.path);
	if (p) return `${localityName(p[1] as string)}, ${FIELD[p[2] as string] ?? p[2]}: ${issue.message}`;
	return `${FIELD[issue.path] ?? issue.path}: ${issue.message}`;
}
