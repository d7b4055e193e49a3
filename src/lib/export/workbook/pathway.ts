import type { AppraisalResult, Scenario } from '../../model';
import { annualRefractureRisk } from '../../model/fracturesAverted';
import { SheetBuilder, sheetRef, type CellSpec } from './sheet';
import type { FormatName } from './formats';

export const PATHWAY_SHEET = 'Pathway';

/**
 * The pathway around the scan by option and year (issue #14): scans delivered and the FLS's share
 * of them from the engine; VFA scans, fractures found, those found outside the FLS, treatment
 * recommended because of VFA and on treatment at 12 months, onward referrals, one-stop and recall
 * visits and reporting hours as formulas on the Inputs sheet's figures; scans delivered and reports
 * (in-house scans) from the Demand and capacity sheet; treatment recommended anyway (one stream of
 * referrals: scans outside the FLS x treatment share) and by the FLS (FLS scans x its recommended
 * share) as formulas; the drug cost of a year = drug cost a year x the extra treated of the years
 * whose treatment effect covers it (the FLS's years of effect, at most 5); fractures averted, costs
 * avoided and QALYs by the FLS sheet's method (extra treated of each year x the refracture risk of
 * each year of effect x site share x risk reduction), discounted as the cash flows and QALYs are:
 * the summary counts their present values when pathway.countVfaBenefits is on.
 */
export function buildPathwaySheet(opts: {
	scenario: Scenario;
	result: AppraisalResult;
	refOf: Map<string, string>;
	/** A quantity of an option (by its position) in a year on the Demand and capacity sheet. */
	demandRef?: (column: 'delivered' | 'inHouse' | 'total', optionIndex: number, yearIndex: number) => string;
	/** The FLS referrals' share of the scans of an option (by its position) in a year (Catchment sheet), or null without an FLS. */
	flsShareRef?: (optionIndex: number, yearIndex: number) => string | null;
}): { sheet: SheetBuilder; drugCostRef: (optionId: string, yearIndex: number) => string | null; benefitsRef: (optionId: string) => { pv: string; qalys: string } | null } {
	const { scenario: s, result, refOf, demandRef } = opts;
	const sh = new SheetBuilder(PATHWAY_SHEET);
	const p = s.pathway;
	/** An input's value with a formula pointing at its Inputs cell (a plain value when it has no cell). */
	const input = (path: string, value: number, fmt: FormatName): CellSpec => {
		const ref = refOf.get(path);
		return ref ? { n: value, f: ref, fmt } : { n: value, fmt };
	};
	sh.set(0, 0, 'Pathway: referred, scanned, VFA, fractures found, treatment recommended, onward referral');
	sh.set(1, 0, 'VFA scans = scanned x VFA share; found = VFA scans x yield; found outside the FLS = found x (scanned - FLS scans) / scanned; recommended because of VFA = found outside the FLS x (1 - share recommended anyway) x share offered; recall visits = MAX(0, scanned x assessment share - one-stop visits).');
	sh.set(2, 0, p.countVfaBenefits ? 'The fractures averted by VFA-led treatment and its drug costs are counted in the appraisal.' : 'The fractures averted by VFA-led treatment are shown but not counted in the appraisal (pathway.countVfaBenefits is off).');
	const params: [string, string, number][] = [
		['VFA yield (previously undiagnosed fractures per VFA scan)', 'pathway.vfaYield', p.vfaYield],
		['Newly found fractures offered treatment', 'pathway.vfaOfferedTreatmentShare', p.vfaOfferedTreatmentShare],
		['Started treatment (FLS figure)', 'fls.startedShare', s.fls.startedShare],
		['Adherent at 12 months (FLS figure)', 'fls.adherentShare', s.fls.adherentShare],
		['Referred on to secondary care', 'pathway.onwardReferralShare', p.onwardReferralShare],
		['Scans needing a clinical assessment', 'pathway.furtherAssessmentShare', p.furtherAssessmentShare],
		['Reporting time per scan (minutes)', 'staffing.reportingMinutesPerScan', s.staffing.reportingMinutesPerScan],
		['Treatment recommended anyway (outside the FLS)', 'pathway.treatmentShare', p.treatmentShare],
		['Treatment recommended by the FLS', 'fls.recommendedShare', s.fls.recommendedShare],
		['Drug cost per treated patient a year (GBP)', 'fls.drugCostPerTreatedPerYearGbp', s.fls.drugCostPerTreatedPerYearGbp]
	];
	params.forEach(([label, path], i) => {
		sh.set(4 + i, 0, label);
		sh.set(4 + i, 1, input(path, params[i]![2], path.endsWith('MinutesPerScan') ? 'dec2' : path.endsWith('Gbp') ? 'gbp2' : 'pct'));
	});
	// Parameter cells, absolute: B5..B11.
	const [YIELD, OFFERED, STARTED, ADHERENT, ONWARD, ASSESS, MINUTES, TREAT, FLS_RECOMMENDED, DRUG] = params.map((_, i) => `$B$${5 + i}`);
	// One stream of referrals (no indications listed): treatment recommended anyway is a formula.
	const oneStream = p.indications.length === 0;
	// The FLS's figures the VFA-led benefits use (pathway.ts), by their Inputs cells.
	const f = s.fls;
	const F = (k: keyof typeof f & string) => refOf.get(`fls.${k}`) ?? String(f[k]);
	// Each year's extra treated avert refractures over the five years the risk data cover (fls.ts
	// annualRefractureRisk), a year beyond "Years of treatment effect" counting 0, and take drugs as long.
	const risks = annualRefractureRisk(f).map((_, k) => (k === 0 ? F('refractureRisk1y') : k === 1 ? `(${F('refractureRisk2y')}-${F('refractureRisk1y')})` : `(${F('refractureRisk5y')}-${F('refractureRisk2y')})/3`));
	const inEffect = (k: number) => (k === 0 ? '' : `*IF(${F('effectYears')}>=${k + 1},1,0)`);
	const other = `MAX(0,1-${F('hipShare')}-${F('vertebralShare')})`;
	/** Per extra treated and unit of risk: fractures averted, costs avoided and QALYs gained over the three sites. */
	const perRisk = {
		averted: `(${F('hipShare')}*${F('rrrHip')}+${F('vertebralShare')}*${F('rrrVertebral')}+${other}*${F('rrrOther')})`,
		costs: `(${F('hipShare')}*${F('rrrHip')}*${F('hipFractureCostGbp')}+${F('vertebralShare')}*${F('rrrVertebral')}*${F('vertebralFractureCostGbp')}+${other}*${F('rrrOther')}*${F('otherFractureCostGbp')})`,
		qalys: `(${F('hipShare')}*${F('rrrHip')}*${F('hipQalyLoss')}+${F('vertebralShare')}*${F('rrrVertebral')}*${F('vertebralQalyLoss')}+${other}*${F('rrrOther')}*${F('otherQalyLoss')})`
	};
	const drugs = new Map<string, string>();
	const benefits = new Map<string, { pv: string; qalys: string }>();
	const head = 4 + params.length + 1;
	sh.row(head, 0, [
		'Option', 'Year', 'Referred', 'Scanned', 'FLS scans', 'VFA share', 'VFA scans', 'Fractures found', 'Found outside the FLS', 'Recommended anyway (outside the FLS)', 'Recommended because of VFA',
		'On treatment at 12 months', 'FLS patients recommended', 'Treatment recommended', 'Referred on', 'One-stop share', 'One-stop visits', 'Recall visits', 'Reports written', 'Reporting hours',
		'Fractures averted (VFA-led)', 'Drug cost (GBP)', 'Fracture costs avoided (GBP)', 'QALYs gained (VFA-led)', 'Discounted costs avoided (GBP)', 'Discounted QALYs'
	]);
	let row = head + 1;
	result.options.forEach((o, oi) => {
		const pw = o.pathway;
		const si = s.options.findIndex((x) => x.id === o.id);
		/**
		 * The option's VFA or one-stop share (pathwayDemand.ts slotMix): its own when it sets one,
		 * else the scenario's; with referral indications listed the scenario's VFA share is their
		 * mix, the sum of each indication's share x its VFA share (scenarioVfaShare).
		 */
		const mixShare = (key: 'vfaShare' | 'oneStopShare', n: number): CellSpec => {
			const own = s.options[si]?.pathway?.[key] !== undefined ? refOf.get(`options[${si}].pathway.${key}`) : undefined;
			const listed = p.indications.map((_, k) => [refOf.get(`pathway.indications[${k}].share`), refOf.get(`pathway.indications[${k}].vfaShare`)]);
			const mix = listed.length > 0 && listed.every(([a, b]) => a && b) ? listed.map(([a, b]) => `${a}*${b}`).join('+') : undefined;
			const scenario = key === 'vfaShare' && p.indications.length > 0 ? mix : refOf.get(`demand.${key}`);
			const f = s.options[si]?.pathway?.[key] !== undefined ? own : scenario;
			return f ? { n, f, fmt: 'pct' } : { n, fmt: 'pct' };
		};
		const first = row + 1;
		pw.byYear.forEach((y, yi) => {
			const R = row + 1;
			/** Sum over the years of effect k of the extra treated (column L) of year yi - k x risk k x `factor`. */
			const overEffect = (factor: string | null) => risks.map((risk, k) => (yi - k >= 0 ? `L${R - k}${factor === null ? '' : `*${risk}*${factor}`}${inEffect(k)}` : '')).filter(Boolean).join('+') || '0';
			const df = o.cashFlows[yi]?.discountFactor ?? 0;
			const hdf = 1 / Math.pow(1 + s.appraisal.healthDiscountRate, yi);
			const demand = (column: 'delivered' | 'inHouse' | 'total', n: number): CellSpec => (demandRef ? { n, f: demandRef(column, oi, yi), fmt: 'count1' } : { n, fmt: 'count1' });
			const flsShare = y.scanned > 0 ? y.flsScans / y.scanned : 0;
			drugs.set(`${o.id}@${yi}`, sheetRef(PATHWAY_SHEET, `V${R}`));
			sh.row(row, 0, [
				o.name,
				{ n: y.year, fmt: 'year' },
				// Referred: the option's demand (every stream's new referrals, returns and FLS referrals).
				demand('total', y.referred),
				demand('delivered', y.scanned),
				{ n: y.flsScans, f: `D${R}*${opts.flsShareRef?.(oi, yi) ?? flsShare}`, fmt: 'count1' },
				mixShare('vfaShare', pw.vfaShare),
				{ n: y.vfaScans, f: `D${R}*F${R}`, fmt: 'count1' },
				{ n: y.fracturesFound, f: `G${R}*${YIELD}`, fmt: 'dec2' },
				{ n: y.fracturesFoundOutsideFls, f: `IF(D${R}>0,H${R}*(D${R}-E${R})/D${R},0)`, fmt: 'dec2' },
				oneStream ? { n: y.recommendedOutsideFls, f: `(D${R}-E${R})*${TREAT}`, fmt: 'count1' } : { n: y.recommendedOutsideFls, fmt: 'count1' },
				{ n: y.vfaTreatmentRecommended, f: `IF(D${R}-E${R}>0,I${R}*(1-J${R}/(D${R}-E${R})),0)*${OFFERED}`, fmt: 'dec2' },
				{ n: y.vfaExtraTreated, f: `K${R}*${STARTED}*${ADHERENT}`, fmt: 'dec2' },
				{ n: y.recommendedFls, f: `E${R}*${FLS_RECOMMENDED}`, fmt: 'count1' },
				{ n: y.treatmentRecommended, f: `J${R}+K${R}+M${R}`, fmt: 'count1' },
				{ n: y.onwardReferrals, f: `D${R}*${ONWARD}`, fmt: 'count1' },
				mixShare('oneStopShare', pw.oneStopShare),
				{ n: y.oneStopVisits, f: `D${R}*P${R}`, fmt: 'count1' },
				{ n: y.recallVisits, f: `MAX(0,D${R}*${ASSESS}-Q${R})`, fmt: 'count1' },
				demand('inHouse', y.reports),
				{ n: y.reportingHours, f: `S${R}*${MINUTES}/60`, fmt: 'count1' },
				{ n: y.avertedHip + y.avertedVertebral + y.avertedOther, f: overEffect(perRisk.averted), fmt: 'dec2' },
				{ n: y.drugCostGbp, f: `(${overEffect(null)})*${DRUG}`, fmt: 'gbp' },
				{ n: y.costsAvoidedGbp, f: overEffect(perRisk.costs), fmt: 'gbp' },
				{ n: y.qalysGained, f: overEffect(perRisk.qalys), fmt: 'dec2' },
				{ n: y.costsAvoidedGbp * df, f: `W${R}/((1+DiscountRate)^MIN(${yi},30)*(1+DiscountRateLong)^MAX(0,${yi}-30))`, fmt: 'gbp' },
				{ n: y.qalysGained * hdf, f: `X${R}/(1+HealthDiscountRate)^${yi}`, fmt: 'dec2' }
			]);
			row++;
		});
		const sum = (c: string) => `SUM(${c}${first}:${c}${row})`;
		const t = pw.totals;
		sh.row(row, 0, [
			`${o.name}: totals`, '', null,
			{ n: t.scanned, f: sum('D'), fmt: 'count' }, null, null,
			{ n: t.vfaScans, f: sum('G'), fmt: 'count' },
			{ n: t.fracturesFound, f: sum('H'), fmt: 'count1' }, null, null,
			{ n: t.vfaTreatmentRecommended, f: sum('K'), fmt: 'count1' }, null, null,
			{ n: t.treatmentRecommended, f: sum('N'), fmt: 'count' },
			{ n: t.onwardReferrals, f: sum('O'), fmt: 'count' }, null,
			{ n: t.oneStopVisits, f: sum('Q'), fmt: 'count' },
			{ n: t.recallVisits, f: sum('R'), fmt: 'count' },
			{ n: t.reports, f: sum('S'), fmt: 'count' },
			{ n: t.reportingHours, f: sum('T'), fmt: 'count' },
			{ n: t.fracturesAverted, f: sum('U'), fmt: 'dec2' },
			null,
			null,
			null,
			{ n: pw.pvCostsAvoidedGbp, f: sum('Y'), fmt: 'gbp' },
			{ n: pw.discountedQalys, f: sum('Z'), fmt: 'dec2' }
		]);
		benefits.set(o.id, { pv: sheetRef(PATHWAY_SHEET, `Y${row + 1}`), qalys: sheetRef(PATHWAY_SHEET, `Z${row + 1}`) });
		row += 2;
	});
	sh.setWidths([30, 10, ...Array.from({ length: 24 }, () => 13)]);
	// Header labels wrap (bold) within their columns instead of running into the next one.
	sh.wrapCols = Array.from({ length: 26 }, (_, c) => c);
	sh.freezeRows = head + 1;
	sh.freezeCols = 2;
	return { sheet: sh, drugCostRef: (optionId, y) => drugs.get(`${optionId}@${y}`) ?? null, benefitsRef: (optionId) => benefits.get(optionId) ?? null };
}
