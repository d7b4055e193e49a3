import { describe, expect, it } from 'vitest';
import { mapColumns, matchHeader } from '../../src/lib/activity/headers';

describe('loose header matching', () => {
	it.each([
		['Month', 'month'], ['Period', 'month'], ['Month Ending', 'month'], ['Activity month', 'month'], ['Date', 'month'],
		['Referrals Received', 'referrals'], ['No. of referrals', 'referrals'], ['Requests received', 'referrals'], ['DXA_REFERRALS', 'referrals'],
		['Scans Performed', 'scans'], ['Exams performed', 'scans'], ['Examinations completed', 'scans'], ['DEXA scans done', 'scans'], ['Total Activity', 'scans'], ['Attendances', 'scans'],
		['Waiting List', 'waitingList'], ['Total Waiting List', 'waitingList'], ['Patients waiting at month end', 'waitingList'], ['List size', 'waitingList'],
		['Number waiting 6+ Weeks', 'waiting6'], ['Waiting > 6 weeks', 'waiting6'], ['Waiting over 6 weeks', 'waiting6'], ['6 week breaches', 'waiting6'], ['Patients waiting 6 weeks or more', 'waiting6'],
		['Percentage waiting 6+ weeks', 'waiting6Share'], ['% over 6 weeks', 'waiting6Share'],
		['Scan type', 'category'], ['Referral source', 'category'],
		['Diagnostic Test Name', 'testName'], ['Provider Org Code', 'provider'], ['Provider Code', 'provider']
	])('"%s" is %s', (header, field) => {
		expect(matchHeader(header).field).toBe(field);
	});

	it.each(['Number waiting 13+ Weeks', '0 <01 weeks', 'Provider Parent Org Code', 'Commissioner Org Name', 'Diagnostic ID', 'Median wait'])('"%s" is not used', (header) => {
		expect(matchHeader(header).field).toBe('ignore');
	});

	it('reads the DM01 provider return: total activity over the activity parts', () => {
		const headers = ['Period', 'Provider Parent Org Code', 'Provider Org Code', 'Provider Org Name', 'Diagnostic ID', 'Diagnostic Test Name', 'Total Waiting List', 'Number waiting 6+ Weeks', 'Number waiting 13+ Weeks', 'Waiting list tests / procedures (excluding planned)', 'Planned tests / procedures', 'Unscheduled tests / procedures', 'Total Activity'];
		const m = mapColumns(headers);
		expect(m.columns).toEqual({ month: 0, provider: 2, testName: 5, waitingList: 6, waiting6: 7, scans: 12 });
		expect(m.ambiguous).toEqual([]);
		expect(m.unused).toContain('Planned tests / procedures');
	});

	it('calls two equally good columns ambiguous', () => {
		expect(mapColumns(['Month', 'Referrals', 'Referrals received']).ambiguous).toEqual([{ field: 'referrals', headers: ['Referrals', 'Referrals received'] }]);
	});
});
