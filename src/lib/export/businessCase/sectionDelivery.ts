import { optionTimetable } from '../../present/timetable';
import { count, decimal, financialYear, gbp, gbpPence, monthName, pct, plural, weeks } from '../../present';
import { DocBuilder, todo, strong } from './model';
import { inputAt, type CaseContext } from './context';
import { capacityTable, cashFlowTable, staffingTable } from './tables';

/** Section 3: who delivers, how delivery is managed, who benefits. */
export function teamSection(d: DocBuilder, ctx: CaseContext): void {
	const { preferred, bau, r } = ctx;
	d.heading(1, '3. Project-management team and beneficiaries');
	d.p(strong('Who will deliver. '), todo('name the project lead, clinical lead, radiographer lead, medical physics expert, finance and estates leads.'));
	staffingTable(d, ctx, preferred, `Staffing the service needs: ${preferred.name}`);
	d.chart({ kind: 'staffWte', optionIds: [...new Set([bau.id, preferred.id])] }, 'Funded WTE by role');
	d.p(strong('How delivery will be managed. '), todo('e.g. a project group led by a lead practitioner, reporting to the directorate board; meeting frequency; decision rights.'));
	d.p(
		strong('Who will benefit. '),
		`Patients: ${preferred.name} delivers ${count(preferred.summary.scansDelivered)} scans over ${plural(r.horizonYears, 'year')} (${bau.name}: ${count(bau.summary.scansDelivered)}), with an estimated wait of ${weeks(preferred.summary.endEstimatedWaitWeeks)} at the end of the horizon. `,
		todo('other beneficiaries: referrers, the fracture liaison and falls services, commissioners (e.g. via the QOF and national service frameworks).')
	);
}

/** Section 4: objectives and how each will be met. */
export function methodologySection(d: DocBuilder, ctx: CaseContext): void {
	const { s, r, preferred } = ctx;
	d.heading(1, '4. Methodology');
	d.p('The project has three objectives, following the guideline\'s outline. Figures come from the appraisal of the preferred option unless stated.');

	d.heading(2, 'Objective 1: Appoint a lead clinician to deliver the project');
	const lead = s.staffing.roles.find((x) => x.justifiesExposures) ?? s.staffing.roles.find((x) => /lead/i.test(x.id + x.name));
	const leadAvg = lead ? preferred.staffing.averageFundedWteByRole.find((x) => x.roleId === lead.id) : undefined;
	const leadYear1 = lead ? preferred.staffing.byYear[0]?.roles.find((x) => x.roleId === lead.id) : undefined;
	d.list([
		[strong('Who: '), todo('the post and, if known, the person.')],
		[strong('How: '), todo('recruitment or job-plan change, and who line-manages the post.')],
		[strong('Skills required: '), todo('e.g. bone health expertise, IRMER practitioner entitlement, service design and project management.')],
		[
			strong('Costing: '),
			lead && leadAvg
				? `the appraisal funds ${decimal(leadAvg.fundedWte, 2)} WTE of ${lead.name}${lead.band ? `, pay band ${lead.band},` : ''} on average, at a salary of ${gbp(lead.annualSalaryGbp)} plus ${pct(s.staffing.onCostRate, 0)} on-costs${leadYear1 ? `: ${gbp(leadYear1.costGbp)} in ${financialYear(r.startYear)}` : ''}.`
				: todo('no lead clinician time is staffed in the preferred option: add it to the staffing inputs, then cost it here.')
		],
		[strong('How long and how substantively financed: '), todo('fixed-term or substantive, and from which budget.')],
		[strong('What to deliver: '), todo('e.g. develop and deliver pathways, procure the equipment, project-manage the infrastructure.')]
	]);

	d.heading(2, 'Objective 2: Design and deliver a fracture liaison pathway');
	const fo = ctx.flsOption;
	const f = s.fls;
	if (fo?.fls) {
		if (fo.id !== preferred.id) d.p(`The preferred option does not include a fracture liaison service (FLS); the figures below are for ${fo.name}.`);
		const caseload =
			f.cohortMethod === 'incidence'
				? `Expected caseload is sized from fracture incidence by age band and sex over the catchment's population aged 50+ (${count(fo.fls.byYear[0]?.cohort)} fragility fractures in the first year), so it follows the catchment's age mix.`
				: `Expected caseload is ${decimal(f.cohortPerHipFracture, 0)} times the local hip fractures (${count(f.hipFracturesPerYear)} a year).`;
		d.p(strong('New pathway. '), `The FLS finds people aged 50+ with a fragility fracture and gets them assessed and treated. ${caseload}`);
		d.table(
			'Fracture liaison pathway assumptions',
			['Step', 'Share', 'Source'],
			(
				[
					['Identified by the FLS', 'fls.identifiedShare'],
					['Assessed', 'fls.assessedShare'],
					['Recommended treatment', 'fls.recommendedShare'],
					['Started treatment', 'fls.startedShare'],
					['Adherent at 12 months', 'fls.adherentShare'],
					['Treated under usual care (counterfactual)', 'fls.usualCareTreatedShare'],
					['Identified patients needing DXA', 'fls.dxaShareOfIdentified']
				] as const
			).map(([label, path]) => {
				const row = inputAt(ctx, path);
				return [label, pct(row?.value ?? 0, 1), row?.status === 'placeholder' ? 'Placeholder: replace with a local figure' : (row?.entry.meta.source ?? 'Set in scenario')];
			}),
			{ numeric: [false, true, false] }
		);
		d.p(strong('How deliverable. '), todo('where the FLS sits, how cases are found (e.g. fracture clinic lists, radiology reports), links to the DXA service and primary care.'));
		d.p(
			strong('Costing, capital and revenue. '),
			`The FLS costs ${gbp(fo.fls.totals.flsCostGbp)} over ${plural(r.horizonYears, 'year')} (present value ${gbp(fo.fls.pvFlsCostGbp)}), including coordinators, drugs and running costs, against fracture costs avoided with a present value of ${gbp(fo.fls.pvCostsAvoidedGbp)}${fo.fls.returnPerPound === null ? '' : `: ${gbpPence(fo.fls.returnPerPound)} returned for each £1 spent`}. No FLS capital is modelled. `,
			todo('confirm any FLS capital (database licence, IT).')
		);
		d.table(
			`FLS caseload and costs: ${fo.name}`,
			['Financial year', 'Cohort', 'Identified', 'DXA scans', 'Extra treated', 'Coordinator WTE', 'FLS cost', 'Fracture costs avoided'],
			fo.fls.byYear.map((y) => [financialYear(r.startYear + y.yearIndex), count(y.cohort), count(y.identified), count(y.dxaScans), decimal(y.extraTreated, 1), decimal(y.coordinatorWte, 2), gbp(y.flsCostGbp), gbp(y.costsAvoidedGbp)]),
			{ numeric: [false, true, true, true, true, true, true, true] }
		);
		d.p(strong('Demand. '), `The FLS adds ${count(fo.fls.totals.dxaScans)} DXA scans over the horizon to the service's demand.`);
		d.p(strong('Support. '), todo('support needed from orthopaedics, primary care, pharmacy and the Royal Osteoporosis Society FLS service.'));
	} else {
		d.p('No option in this scenario includes a fracture liaison service (FLS), so no FLS costs or benefits are appraised.');
		d.todo('if an FLS is part of the plan, add an option with an FLS to the scenario; otherwise explain how fracture patients reach the DXA service.');
	}

	d.heading(2, 'Objective 3: Procure and commission a DXA scanner and roll out the service');
	d.p(strong('Demand and projected capacity. '), `Under ${preferred.name}, year by year:`);
	capacityTable(d, preferred, `Demand and projected capacity: ${preferred.name}`);
	d.chart({ kind: 'demandCapacity', optionIds: [preferred.id] }, `Demand and capacity: ${preferred.name}`);
	const scannerRows = (preferred.capacity[0]?.scanners ?? []).map((sy) => {
		const sc = ctx.scanner(sy.scannerId);
		const lastYear = preferred.capacity[preferred.capacity.length - 1]?.scanners.find((x) => x.scannerId === sy.scannerId);
		const replaced = preferred.capacity.filter((c) => c.scanners.some((x) => x.scannerId === sy.scannerId && x.replaced)).map((c) => financialYear(c.year));
		return [sc?.name ?? 'Scanner', sc?.kind ?? '', sc ? financialYear(sc.installedYear) : '', count(sy.capacity), count(lastYear?.capacity ?? 0), replaced.join(', ') || 'none'];
	});
	d.table(`Scanners under ${preferred.name}`, ['Scanner', 'Kind', 'Installed', `Capacity ${financialYear(r.startYear)}`, `Capacity ${financialYear(r.startYear + r.horizonYears - 1)}`, 'Replaced in'], scannerRows, {
		numeric: [false, false, false, true, true, false],
		note: 'Capacity in scans a year after DNAs, QA time, maintenance and commissioning.'
	});
	d.p(strong('How it will be delivered. '), preferred.description || '', ' ', todo('procurement route (e.g. a national framework), site, estates works, IT and PACS integration, and the commercial arrangements.'));
	d.p(
		strong('Costing, capital and revenue. '),
		`${preferred.name} has a net present cost of ${gbp(preferred.summary.netPresentCostGbp)} (equivalent annual cost ${gbp(preferred.summary.equivalentAnnualCostGbp)}), with ${gbp(preferred.summary.capitalTotalGbp)} of capital and ${gbp(preferred.summary.revenueTotalGbp)} of revenue spending over ${plural(r.horizonYears, 'year')} before optimism bias${preferred.summary.costPerScanGbp === null ? '' : `; ${gbpPence(preferred.summary.costPerScanGbp)} per scan`}.`
	);
	cashFlowTable(d, preferred, `Costing profile: ${preferred.name}`);
	d.chart({ kind: 'costStack', optionId: preferred.id }, `Capital and revenue by year: ${preferred.name}`);
	const added = s.options.find((o) => o.id === preferred.id)?.addScanners ?? [];
	const clears = preferred.summary.backlogClearsMonth;
	// When each of the preferred option's changes starts (phasing): the engine's own start years.
	const option = s.options.find((o) => o.id === preferred.id);
	const timetable = option ? optionTimetable(s, option) : [];
	if (timetable.length) d.table(`When each change starts: ${preferred.name}`, ['From', 'Change'], timetable.map((t) => [financialYear(t.year), t.change]), { numeric: [false, false] });
	d.p(
		strong('Timeframes. '),
		added.length ? `New scanners are installed in ${added.map((x) => `${x.installedYear} (${x.name}, ${x.commissioningWeeks} weeks of commissioning)`).join('; ')}. ` : '',
		clears === null ? `The estimated wait does not come within the ${s.demand.waitStandardWeeks}-week standard within the horizon. ` : `The estimated wait comes within the ${s.demand.waitStandardWeeks}-week standard from ${monthName(r.startYear, clears)} and stays within it to the end of the appraisal. `,
		todo('procurement, installation, acceptance and go-live milestones (see Appendix D).')
	);
}
