import { count, decimal, financialYear, gbp, pct, plural, weeks, withLabels, yearSpan } from '../../present';
import { DocBuilder, todo, strong, type Inline } from './model';
import type { CaseContext } from './context';
import type { SensitivitySummary } from './sensitivity';
import type { PsaResult } from '../../model/uncertainty';
import { psaSummary } from './probabilistic';
import { pathwayOutcomes } from './sectionPathway';

/** Section 5: performance indicators and risks, clinical governance, audit, outcome measures. */
export function benefitsSection(d: DocBuilder, ctx: CaseContext, sensitivity: SensitivitySummary | null, psa: PsaResult | null = null): void {
	const { s, r, bau, preferred } = ctx;
	const last = r.horizonYears - 1;
	const lastYear = financialYear(r.startYear + last);
	d.heading(1, '5. Benefits realisation');

	d.heading(2, '5.1 Performance indicators');
	const both = preferred.id === bau.id ? [bau] : [bau, preferred];
	const dna = (o: typeof bau) => {
		const ids = o.capacity[last]?.scanners.map((x) => x.scannerId) ?? [];
		return ids.map((id) => ctx.scanner(id)).filter((x) => x !== undefined);
	};
	const prefScanners = dna(preferred);
	d.table(
		'Performance indicators',
		['Indicator', ...both.map((o) => o.name), 'Standard or source'],
		[
			[`Estimated wait, end of ${lastYear}`, ...both.map((o) => weeks(o.summary.endEstimatedWaitWeeks)), `${s.demand.waitStandardWeeks} weeks (guideline; DM01 six-week standard)`],
			[`Seen within the standard in ${lastYear}`, ...both.map((o) => pct(o.waitingList.withinStandardShareByYear[last] ?? 0, 0)), 'Guideline: monitor waiting times'],
			[`Waiting list, end of ${lastYear}`, ...both.map((o) => count(o.summary.endListSize)), `${count(s.demand.startingBacklog)} at the start`],
			[`Scans delivered, ${yearSpan(r.startYear, r.startYear + last)}`, ...both.map((o) => count(o.summary.scansDelivered)), 'Appraisal'],
			['Did-not-attend (DNA) rate assumed', ...both.map((o) => dna(o).map((x) => pct(x.dnaRate, 0)).join(', ') || 'n/a'), 'Guideline: monitor DNA and cancellation rates'],
			['Time to report (minutes of reporting per scan)', ...both.map(() => decimal(s.staffing.reportingMinutesPerScan, 0)), 'Guideline: monitor time to issue of report']
		],
		{ note: 'DNA rates are per scanner; the cancellation rate and report turnaround are not modelled and need local targets.' }
	);
	d.p(
		strong('Monitoring data. '),
		'The guideline asks services to record referral data (number, indication, source), DNA and cancellation rates (to evaluate strategies to maximise use of capacity), waiting times for scans and time to issue of the report, staff training, scanner service and repair logs, safety incidents and clinical outcomes. ',
		todo('how each will be collected, by whom, and the targets (e.g. DNA rate below the ' + (prefScanners[0] ? pct(prefScanners[0].dnaRate, 0) : 'modelled') + ' assumed, cancellation rate, report within a set number of working days).')
	);

	d.heading(2, '5.2 Risks');
	d.p(`Optimism bias is added to costs: ${pct(s.appraisal.optimismBiasEquipment, 0)} on equipment capital (scanner, vehicle, IT), ${pct(s.appraisal.optimismBiasCapital, 0)} on estates works capital and ${pct(s.appraisal.optimismBiasRevenue, 0)} on revenue (HM Treasury Green Book supplementary guidance).`);
	const placeholders = ctx.inputs.filter((i) => i.status === 'placeholder').length;
	if (placeholders) d.p(`${placeholders} inputs still run on placeholder defaults (listed in Appendix G); until they are replaced with local figures the results are illustrative.`);
	if (r.warnings.length) {
		d.p('The appraisal raised these points:');
		d.list(r.warnings.map((w): Inline[] => [withLabels(w, s)]));
	}
	if (sensitivity) sensitivity.renderSummary(d);
	else if (!psa) d.p('Sensitivity analysis is not included in this export; see the Uncertainty view in the app for one-way sensitivity and switching values.');
	if (psa) psaSummary(d, ctx, psa);
	d.todo('the project risk register: each risk, its owner, likelihood, impact and mitigation (e.g. procurement delay, recruitment of radiographers, estates works, referral growth above the forecast).');

	d.heading(2, '5.3 Clinical governance and IRMER roles');
	const staffed = new Set(preferred.staffing.averageFundedWteByRole.map((x) => x.roleId));
	const roles = s.staffing.roles.filter((x) => staffed.has(x.id));
	const justifiers = roles.filter((x) => x.justifiesExposures);
	d.p(
		`Under the Ionising Radiation (Medical Exposure) Regulations (IRMER) the employer must name the duty holders: referrers, practitioners who justify each exposure (registered healthcare professionals), operators, and a medical physics expert; the service also needs a radiation protection adviser and supervisor. `,
		justifiers.length
			? `In ${preferred.name} the staffed roles that justify exposures are: ${justifiers.map((x) => x.name).join(', ')}. `
			: `${preferred.name} staffs no role that can justify exposures: at least one registered healthcare professional must be contracted to do so. `,
		todo('name the IRMER employer, practitioners, operators, the medical physics expert, radiation protection adviser and supervisor, and the written procedures (including justification criteria for operators).')
	);
	d.p(
		`Quality assurance: a phantom scan before the first patient each day (guideline: daily, at least three times a week) is budgeted at ${decimal(prefScanners[0]?.qaMinutesPerDay ?? 0, 0)} minutes a day. `,
		todo('governance reporting line, incident reporting, and the precision study after installation (ISCD: 30 patients twice or 15 three times).')
	);

	d.heading(2, '5.4 Audit');
	d.list([
		['Waiting times and DM01 returns against the ', `${s.demand.waitStandardWeeks}-week standard.`],
		['DNA and cancellation rates, and the actions taken.'],
		['Time from scan to report.'],
		['Precision (least significant change) of each scanner, and cross-calibration at replacement.'],
		...(ctx.flsOption ? [['Fracture liaison service: the Royal College of Physicians FLS database (FLS-DB) key performance indicators.'] as Inline[]] : []),
		[todo('the audit cycle, lead and reporting committee.')]
	]);

	d.heading(2, '5.5 Outcome measures');
	const fo = ctx.flsOption;
	if (fo?.fls) {
		const t = fo.fls.totals;
		d.table(
			`Fracture outcomes over ${plural(r.horizonYears, 'year')}: ${fo.name}`,
			['Measure', 'Value'],
			[
				['Hip fractures averted', decimal(t.avertedHip, 1)],
				['Vertebral fractures averted', decimal(t.avertedVertebral, 1)],
				['Other fractures averted', decimal(t.avertedOther, 1)],
				['Bed-days avoided', count(t.bedDaysAvoided)],
				['Deaths avoided (upper figure)', decimal(t.deathsAvoided, 1)],
				['QALYs gained (discounted at 1.5%)', decimal(fo.fls.discountedQalys, 1)],
				['Fracture costs avoided (present value)', gbp(fo.fls.pvCostsAvoidedGbp)]
			],
			{ numeric: [false, true] }
		);
		d.chart({ kind: 'fls', optionId: fo.id }, `Fractures averted and costs avoided: ${fo.name}`);
	}
	pathwayOutcomes(d, ctx);
	d.p(
		'Service outcome measures suggested by the guideline include the proportion of patients in each WHO diagnostic category and the proportion needing onward referral (osteoporosis clinic, falls prevention). ',
		todo('the outcome measures the service will report, with baselines and targets.')
	);
}
