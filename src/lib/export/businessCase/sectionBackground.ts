import { AGE_BANDS, AGE_BAND_LABELS } from '../../model';
import { count, decimal, financialYear, gbp, pct, plural, preferredReason, weeks } from '../../present';
import { DocBuilder, todo, strong } from './model';
import { inputAt, type CaseContext } from './context';
import { capacityTable, demandTable } from './tables';

/** Section 1 of the guideline's Appendix 1: project goal and purpose. */
export function goalSection(d: DocBuilder, ctx: CaseContext): void {
	const { s, r, preferred } = ctx;
	d.heading(1, '1. Project goal and purpose');
	d.p(strong('Goal. '), todo('state the broad goal. The guideline\'s example: "to provide access to bone densitometry to enable rapid, accurate clinical decision-making to optimise the prevention and management of osteoporosis".'));
	d.p(
		strong('Purpose. '),
		todo('state what the service is designed to do. The guideline\'s example: "to develop clinical pathways and provide a quality bone densitometry service for people at risk of osteoporosis and fragility fracture, and to provide advice and treatment for the primary and secondary prevention of fragility fractures for people who need it".')
	);
	if (s.description) d.p(strong('The scenario appraised. '), s.description);
	d.p(strong('Proposed option. '), `The appraisal of ${r.options.length} options prefers ${preferred.name}.${preferred.description ? ` ${preferred.description}` : ''}`);
	d.p(preferredReason(r));
}

/** Section 2: population, stakeholders, department, origin of the case. */
export function backgroundSection(d: DocBuilder, ctx: CaseContext): void {
	const { s, r, bau, preferred } = ctx;
	const first = bau.demand[0];
	const last = bau.demand[bau.demand.length - 1];
	d.heading(1, '2. Background');

	d.heading(2, '2.1 Population served');
	d.p(strong('Physical catchment area. '), s.catchment.description ? s.catchment.description : todo('describe the physical catchment area, with a map reference.'));
	d.p(
		strong('Catchment population. '),
		`${plural(s.catchment.localities.length, 'locality')}; ${first ? `${count(first.population)} residents in ${financialYear(first.year)}, of whom ${count(first.population50Plus)} are aged 50 and over` : ''} (scenario inputs; source: ${inputAt(ctx, 'catchment.localities[0].population.under50')?.entry.meta.source ?? 'local figures'}).`
	);
	d.table(
		'Age profile of the catchment at the start year (residents)',
		['Locality', ...AGE_BANDS.map((b) => AGE_BAND_LABELS[b])],
		s.catchment.localities.map((l) => [l.name, ...AGE_BANDS.map((b) => count(l.population[b]))]),
		{ numeric: [false, ...AGE_BANDS.map(() => true)] }
	);
	const women = s.catchment.localities.filter((l) => l.femaleShare50Plus !== undefined);
	if (women.length) d.p(`Women make up ${women.map((l) => `${pct(l.femaleShare50Plus ?? 0, 0)} of residents aged 50+ in ${l.name}`).join('; ')}.`);
	d.p(
		strong('Population growth prediction. '),
		first && last ? `On the growth rates below the catchment grows from ${count(first.population)} in ${financialYear(first.year)} to ${count(last.population)} in ${financialYear(last.year)}, and the population aged 50+ from ${count(first.population50Plus)} to ${count(last.population50Plus)}.` : '',
		growthPlaceholder(ctx) ? todo('replace the placeholder growth rates with ONS subnational population projections for the catchment, and cite them.') : ''
	);
	d.table(
		'Annual population growth by age band (scenario inputs)',
		['Locality', ...AGE_BANDS.map((b) => AGE_BAND_LABELS[b])],
		s.catchment.localities.map((l) => [l.name, ...AGE_BANDS.map((b) => pct(l.growth[b], 1))]),
		{ numeric: [false, ...AGE_BANDS.map(() => true)] }
	);
	const hip = inputAt(ctx, 'fls.hipFracturesPerYear');
	d.p(
		strong('Hip fracture rates. '),
		s.fls.hipFracturesPerYear > 0
			? `The appraisal uses ${count(s.fls.hipFracturesPerYear)} hip fractures a year in people aged 50+ in the catchment${hip?.formula ? ` (set in the scenario by the formula ${hip.formula})` : hip?.status === 'set' ? ' (set in the scenario)' : ''}. `
			: 'The scenario does not give the local number of hip fractures (the appraisal needs it only for a fracture liaison service). ',
		todo('give the local hip fracture rate from the National Hip Fracture Database, with its reference.')
	);
	d.p(
		strong('Compared with national figures. '),
		hip?.entry.meta.source ? `National reference used for the default: ${hip.entry.meta.source}. ` : '',
		todo('compare the catchment\'s age profile, growth and hip fracture rate with England (or the nation) and explain any difference.')
	);

	d.heading(2, '2.2 Stakeholders');
	d.list([
		[strong('Organisation proposing the service: '), s.organisation || todo('name the organisation.')],
		[strong('Commissioners (integrated care boards, formerly clinical commissioning groups): '), todo('name them and their position on the proposal.')],
		[strong('Primary-care users: '), todo('number of GP practices in the catchment and how they refer.')],
		[strong('Local interested groups: '), todo('researchers and private users.')],
		[strong('Wider developments for the organisation: '), todo('e.g. foundation trust status, community diagnostic centres, new specialist designations.')],
		[strong('Corporate strategy: '), todo('how the project fits it (e.g. the long-term condition strategy).')],
		[strong('External care targets: '), todo('e.g. National Hip Fracture Database, NICE QOF indicators, fracture reduction, the DM01 six-week diagnostic standard.')]
	]);

	d.heading(2, '2.3 Department presenting the case');
	d.p(strong('Department applying for funding: '), s.organisation || todo('name the department.'));
	d.p(strong('Directorate: '), todo('the directorate where the department sits.'));
	const today = s.scanners.filter((x) => x.sessionsPerWeek > 0 && x.installedYear <= s.startYear);
	d.p(
		strong('Existing services: '),
		today.length
			? `the service runs ${today.length} DXA ${today.length === 1 ? 'scanner' : 'scanners'} today (${today.map((x) => `${x.name}, ${x.kind}, installed ${x.installedYear}, ${x.sessionsPerWeek} sessions a week`).join('; ')}), so this case is a service enhancement or development. `
			: 'there is no DXA scanner in the baseline, so this case proposes a new service. ',
		todo('other services the department already offers.')
	);

	d.heading(2, '2.4 Origin of the business case');
	const endWait = bau.summary.endEstimatedWaitWeeks;
	d.p(
		strong('Why the case is proposed. '),
		`${s.demand.startingBacklog > 0 ? `${count(s.demand.startingBacklog)} patients are waiting for a scan at the start of ${financialYear(r.startYear)}. ` : ''}`,
		`If nothing changes (${bau.name}), the estimated wait at the end of ${r.years[r.years.length - 1]} is ${weeks(endWait)} against the ${s.demand.waitStandardWeeks}-week standard, and ${bau.summary.maxCapacityGap > 0 ? `demand exceeds capacity by up to ${count(bau.summary.maxCapacityGap)} scans a year` : 'capacity covers demand in every year'}. `,
		todo('the local reasons for the proposal (complaints, breaches, clinical risk, strategy).')
	);
	const hipCost = inputAt(ctx, 'fls.hipFractureCostGbp');
	const mort = inputAt(ctx, 'fls.hipMortality');
	const fo = ctx.flsOption;
	d.p(
		strong('The cost of not providing the service. '),
		`Fracture costs: a hip fracture costs ${gbp(s.fls.hipFractureCostGbp)} in hospital care in its first year${hipCost?.entry.meta.source ? ` (${hipCost.entry.meta.source})` : ''}. `,
		`Human costs: about ${pct(s.fls.hipMortality, 1)} of people die within a year of a hip fracture${mort?.entry.meta.source ? ` (${mort.entry.meta.source})` : ''}, and each costs about ${s.fls.hipQalyLoss} quality-adjusted life years. `,
		fo?.fls
			? `Without the fracture liaison service in ${fo.name}, ${decimal(fo.fls.totals.avertedHip, 1)} hip, ${decimal(fo.fls.totals.avertedVertebral, 1)} vertebral and ${decimal(fo.fls.totals.avertedOther, 1)} other fractures would not be averted over ${plural(r.horizonYears, 'year')}, and ${gbp(fo.fls.totals.costsAvoidedGbp)} of fracture costs (present value ${gbp(fo.fls.pvCostsAvoidedGbp)}) would not be avoided. `
			: '',
		todo('local fracture numbers and costs, and the human cost to patients and carers.')
	);
	d.p(
		strong('Theoretical demand by the population. '),
		`Demand is projected from referral rates per 1,000 residents by age band, population growth, referral-rate growth of ${pct(s.demand.referralRateGrowth, 1)} a year, and monitoring scans (${pct(s.demand.monitoringReturnShare, 0)} return after ${plural(s.demand.monitoringIntervalYears, 'year')}).`
	);
	demandTable(d, bau, `Theoretical demand: ${bau.name} (scans a year)`);
	d.p(strong('Existing capacity and demand profile, with backlog and trend. '), `The table and chart show ${bau.name} year by year.`);
	d.chart({ kind: 'demandCapacity', optionIds: [...new Set([bau.id, preferred.id])] }, `Demand and capacity: ${bau.name}${preferred.id !== bau.id ? ` and ${preferred.name}` : ''}`);
	capacityTable(d, bau, `Capacity and demand profile: ${bau.name}`);
	d.chart({ kind: 'waitingList', optionIds: r.options.map((o) => o.id) }, 'Estimated wait by option, against the standard');
	d.todo('the recent trend in referrals, activity and waiting times (e.g. the last three years of DM01 returns), with references.');
}

function growthPlaceholder(ctx: CaseContext): boolean {
	return ctx.inputs.some((i) => i.entry.path.includes('.growth.') && i.status === 'placeholder');
}
