import { count, gbp, pct, yearSpan } from '../../present';
import type { DocBuilder } from './model';
import type { CaseContext } from './context';

/** Section 5.6: patient access under business as usual and the preferred option, by locality (the engine's access results). */
export function accessSection(d: DocBuilder, ctx: CaseContext): void {
	const { s, r, bau, preferred } = ctx;
	const both = preferred.id === bau.id ? [bau] : [bau, preferred];
	const span = yearSpan(r.startYear, r.startYear + r.horizonYears - 1);
	d.heading(2, '5.6 Patient access');
	d.p(
		`Each scan delivered is one return journey from the patient's locality (patients still waiting do not travel). Over ${span}, by locality: return hours travelled and the share of journeys within 60 minutes one way. ` +
			(s.costs.patientTravel.include ? 'The cost of patients\' miles and time is counted in the net present cost (societal perspective).' : 'Patients\' travel cost is not counted in the net present cost in this scenario.')
	);
	const rows = (bau.access.byLocality ?? []).map((l, i) => [l.name, ...both.flatMap((o) => [count(o.access.byLocality[i]?.returnHours ?? 0), pct(o.access.byLocality[i]?.within60Share ?? 0, 0)])]);
	rows.push(['All localities', ...both.flatMap((o) => [count(o.access.totals.returnHours), pct(o.access.totals.within60Share, 0)])]);
	d.table('Patient travel by locality', ['Locality', ...both.flatMap((o) => [`${o.name}: hours`, `${o.name}: within 60 min`])], rows, {
		numeric: [false, ...both.flatMap(() => [true, true])],
		note: both.map((o) => `${o.name}: ${count(o.access.totals.journeys)} journeys, ${count(o.access.totals.returnMiles)} miles, travel cost ${gbp(o.access.totals.costGbp)}, ${pct(o.access.totals.within30Share, 0)} within 30 minutes.`).join(' ')
	});
	d.chart({ kind: 'access', optionIds: both.map((o) => o.id) }, `Patient travel by locality: ${both.map((o) => o.name).join(' and ')}`);
}
