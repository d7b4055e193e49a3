import type { Scenario, Option } from './schema/scenario';
import type { DemandSeries } from './demand';
import { MAX_BACK_YEARS } from './demand';
import type { DiscountSeries } from './discount';
import { RISK_YEARS, addFracturesAverted, fractureCostsAvoided, fractureQalysGained } from './fracturesAverted';
import { slotMix, type SlotMix } from './pathwayDemand';
import { reportingHours } from './staffing';
import { ownBuffers, type Alloc } from './slab';

export { backYears, scenarioVfaShare, indicationMonitoring, slotMix, type SlotMix } from './pathwayDemand';

/**
 * The pathway around the scan (issue #14), per option and year: which referral indications the
 * scans serve, what VFA finds, who is recommended treatment, referred on, seen one-stop or
 * recalled, and the reports written. Scans are those the option delivers (the waiting list's),
 * shared between the referral streams in proportion to that year's demand from each.
 */

/** One referral indication as the engine uses it (the scenario's, or the one implicit indication). */
export interface Indication {
	id: string;
	name: string;
	share: number;
	vfaShare: number;
	treatmentShare: number;
	monitoringReturnShare: number;
	monitoringIntervalYears: number;
}

/** The referral indications: the scenario's list, or with none listed one indication with today's single figures. */
export function indications(s: Scenario): Indication[] {
	const p = s.pathway;
	if (p.indications.length > 0) return p.indications;
	const d = s.demand;
	return [{ id: 'all', name: 'All referrals', share: 1, vfaShare: d.vfaShare, treatmentShare: p.treatmentShare, monitoringReturnShare: d.monitoringReturnShare, monitoringIntervalYears: d.monitoringIntervalYears }];
}

/** The pathway's figures by year. */
export interface PathwayYearSeries {
	referred: Float64Array;
	scanned: Float64Array;
	flsScans: Float64Array;
	vfaScans: Float64Array;
	fracturesFound: Float64Array;
	/** Fractures found in patients outside the FLS (FLS patients' treatment is the FLS's). */
	fracturesFoundOutsideFls: Float64Array;
	/** Patients recommended treatment because VFA found a fracture (not otherwise recommended). */
	vfaTreatmentRecommended: Float64Array;
	/** Of those, on treatment at 12 months: recommended x started x adherent (the FLS's figures). */
	vfaExtraTreated: Float64Array;
	/** Recommended treatment on the scan alone: outside the FLS, and FLS patients (at the FLS's recommended share). */
	recommendedOutsideFls: Float64Array;
	recommendedFls: Float64Array;
	treatmentRecommended: Float64Array;
	onwardReferrals: Float64Array;
	onwardReferralCostGbp: Float64Array;
	oneStopVisits: Float64Array;
	recallVisits: Float64Array;
	reports: Float64Array;
	reportingHours: Float64Array;
	avertedHip: Float64Array;
	avertedVertebral: Float64Array;
	avertedOther: Float64Array;
	costsAvoidedGbp: Float64Array;
	qalysGained: Float64Array;
	drugCostGbp: Float64Array;
}

export const PATHWAY_YEAR_FIELDS = [
	'referred', 'scanned', 'flsScans', 'vfaScans', 'fracturesFound', 'fracturesFoundOutsideFls', 'vfaTreatmentRecommended', 'vfaExtraTreated', 'recommendedOutsideFls', 'recommendedFls', 'treatmentRecommended',
	'onwardReferrals', 'onwardReferralCostGbp', 'oneStopVisits', 'recallVisits', 'reports', 'reportingHours', 'avertedHip', 'avertedVertebral', 'avertedOther', 'costsAvoidedGbp', 'qalysGained', 'drugCostGbp'
] as const satisfies readonly (keyof PathwayYearSeries)[];

export interface PathwaySeries {
	byYear: PathwayYearSeries;
	/** Scans and treatment recommendations by referral stream, [stream][year]: the indications in order, then FLS referrals. */
	streamScans: Float64Array;
	streamRecommended: Float64Array;
	streams: number;
	/** Work space: one year's demand by stream. */
	streamDemand: Float64Array;
	/** Work space: the refracture risk in each year after the index fracture (fracturesAverted.ts fillRefractureRisk). */
	risk: Float64Array;
	mix: SlotMix;
	pvCostsAvoidedGbp: number;
	pvDrugCostGbp: number;
	discountedQalys: number;
	/** Whether the VFA benefits (and their drug costs) count in the appraisal. */
	counted: boolean;
}

/** The most streams any scenario has: 12 indications and the FLS. */
const MAX_STREAMS = 13;

export function newPathwaySeries(years: number, m: Alloc = ownBuffers()): PathwaySeries {
	const y = () => m.f64(years);
	const byYear: PathwayYearSeries = { referred: y(), scanned: y(), flsScans: y(), vfaScans: y(), fracturesFound: y(), fracturesFoundOutsideFls: y(), vfaTreatmentRecommended: y(), vfaExtraTreated: y(), recommendedOutsideFls: y(), recommendedFls: y(), treatmentRecommended: y(), onwardReferrals: y(), onwardReferralCostGbp: y(), oneStopVisits: y(), recallVisits: y(), reports: y(), reportingHours: y(), avertedHip: y(), avertedVertebral: y(), avertedOther: y(), costsAvoidedGbp: y(), qalysGained: y(), drugCostGbp: y() };
	return {
		byYear,
		streamScans: m.f64(MAX_STREAMS * years),
		streamRecommended: m.f64(MAX_STREAMS * years),
		streams: 0,
		streamDemand: m.f64(MAX_STREAMS),
		risk: m.f64(RISK_YEARS),
		mix: { vfaShare: 0, oneStopShare: 0 },
		pvCostsAvoidedGbp: 0,
		pvDrugCostGbp: 0,
		discountedQalys: 0,
		counted: false
	};
}

/** What the pathway stage reads from the option's other series. */
export interface PathwayInputs {
	option: Pick<Option, 'pathway'>;
	hasFls: boolean;
	demand: DemandSeries;
	discount: DiscountSeries;
	/** Scans delivered by year (in-house and outsourced), and those done in-house (reported by the service). */
	delivered: ArrayLike<number>;
	inHouseScans: ArrayLike<number>;
	/** The option's own demand by year (its referrals may differ from the scenario's); the streams' demand when missing. */
	referred?: ArrayLike<number>;
	/** The option's FLS referrals over the demand series' span (a phased FLS refers fewer, optionDemand.ts); the scenario's when missing. */
	flsReferrals?: ArrayLike<number>;
	/**
	 * Only what the summary and the cost ledger read (kernel.ts, need 'summary'): when the VFA's
	 * benefits do not count, that is the onward referrals' cost alone; when they count, everything.
	 */
	summaryOnly?: boolean;
}

/**
 * The option's pathway by year.
 *  streams: each indication's demand = its share x new referrals + its monitoring returns; FLS
 *    referrals and their returns are one more stream when the option has an FLS;
 *  scans by stream = scans delivered x the stream's share of that year's demand; referred = the
 *    option's demand;
 *  VFA scans = scans x the option's VFA share; fractures found = VFA scans x VFA yield;
 *  outside the FLS: found x (non-FLS scans / scans); recommended because of VFA = found outside
 *    the FLS x (1 - the non-FLS streams' treatment share) x offered share; on treatment at 12
 *    months = that x FLS started share x FLS adherent share;
 *  fractures averted: each year's extra treated over the FLS's effect years, x annual refracture
 *    risk x site share x relative risk reduction (the FLS's figures, fracturesAverted.ts), with drug
 *    costs for the same years; bed-days are not counted here;
 *  treatment recommended = sum of scans x treatment share by stream (FLS: its recommended share)
 *    + recommended because of VFA;
 *  onward referrals = scans x onward share (x cost per referral); one-stop visits = scans x one-stop
 *    share; recall visits = max(0, scans x assessment share - one-stop visits);
 *  reports = in-house scans; reporting hours = reports x reporting minutes per scan / 60.
 */
export function fillPathway(s: Scenario, input: PathwayInputs, out: PathwaySeries): void {
	const H = s.horizonYears;
	const p = s.pathway;
	if (input.summaryOnly && !p.countVfaBenefits) {
		// The same cells as below, worked out the same way; the rest are left alone (only the tables read them).
		out.counted = false;
		const r = out.byYear;
		for (let y = 0; y < H; y++) r.onwardReferralCostGbp[y] = (input.delivered[y] as number) * p.onwardReferralShare * p.onwardReferralCostGbp;
		return;
	}
	const f = s.fls;
	const list = indications(s);
	const listed = p.indications.length > 0;
	const N = list.length;
	const streams = N + (input.hasFls ? 1 : 0);
	const mix = slotMix(s, input.option, out.mix);
	const r = out.byYear;
	const d = input.demand;
	const v = input.hasFls ? 1 : 0;
	const span = d.population.length;
	const back = s.demand.monitoringIntervalYears;
	const streamDemand = out.streamDemand;
	out.streams = streams;
	out.counted = p.countVfaBenefits;
	// Every other field is written for every year below; the drug cost is added to.
	r.drugCostGbp.fill(0, 0, H);
	for (let y = 0; y < H; y++) {
		const nr = d.newReferrals[y + MAX_BACK_YEARS] as number;
		for (let i = 0; i < N; i++) {
			const ind = list[i] as Indication;
			const returns = listed
				? ind.monitoringReturnShare * ind.share * (d.newReferrals[y - ind.monitoringIntervalYears + MAX_BACK_YEARS] as number)
				: s.demand.monitoringReturnShare * (d.newReferrals[y - back + MAX_BACK_YEARS] as number);
			streamDemand[i] = ind.share * nr + returns;
		}
		if (input.hasFls) {
			const own = input.flsReferrals;
			const fls = (x: number) => (own ? (own[x + MAX_BACK_YEARS] as number) : (d.flsReferrals[v * span + x + MAX_BACK_YEARS] as number));
			streamDemand[N] = fls(y) + s.demand.monitoringReturnShare * fls(y - back);
		}
		let referred = 0;
		for (let k = 0; k < streams; k++) referred += streamDemand[k] as number;
		const scanned = input.delivered[y] as number;
		let recommended = 0;
		let outside = 0;
		let outsideRecommended = 0;
		for (let k = 0; k < streams; k++) {
			const scans = referred > 0 ? (scanned * (streamDemand[k] as number)) / referred : 0;
			const treat = k < N ? (list[k] as Indication).treatmentShare : f.recommendedShare;
			out.streamScans[k * H + y] = scans;
			out.streamRecommended[k * H + y] = scans * treat;
			recommended += scans * treat;
			if (k < N) {
				outside += scans;
				outsideRecommended += scans * treat;
			}
		}
		const vfa = scanned * mix.vfaShare;
		const found = vfa * p.vfaYield;
		const foundOutside = scanned > 0 ? (found * outside) / scanned : 0;
		const otherwise = outside > 0 ? outsideRecommended / outside : 0;
		const byVfa = foundOutside * (1 - otherwise) * p.vfaOfferedTreatmentShare;
		const oneStop = scanned * mix.oneStopShare;
		r.referred[y] = input.referred ? (input.referred[y] as number) : referred;
		r.scanned[y] = scanned;
		r.flsScans[y] = scanned - outside;
		r.vfaScans[y] = vfa;
		r.fracturesFound[y] = found;
		r.fracturesFoundOutsideFls[y] = foundOutside;
		r.vfaTreatmentRecommended[y] = byVfa;
		r.vfaExtraTreated[y] = byVfa * f.startedShare * f.adherentShare;
		r.recommendedOutsideFls[y] = outsideRecommended;
		r.recommendedFls[y] = recommended - outsideRecommended;
		r.treatmentRecommended[y] = recommended + byVfa;
		r.onwardReferrals[y] = scanned * p.onwardReferralShare;
		r.onwardReferralCostGbp[y] = scanned * p.onwardReferralShare * p.onwardReferralCostGbp;
		r.oneStopVisits[y] = oneStop;
		r.recallVisits[y] = Math.max(0, scanned * p.furtherAssessmentShare - oneStop);
		r.reports[y] = input.inHouseScans[y] as number;
		r.reportingHours[y] = reportingHours(input.inHouseScans[y] as number, s.staffing.reportingMinutesPerScan);
	}
	// Each year's extra treated avert fractures, and take drugs, in the years their treatment covers.
	addFracturesAverted(f, r.vfaExtraTreated, H, out.risk, r.avertedHip, r.avertedVertebral, r.avertedOther, r.drugCostGbp);
	let pvAvoided = 0;
	let pvDrugs = 0;
	let qalys = 0;
	for (let y = 0; y < H; y++) {
		const hip = r.avertedHip[y] as number;
		const vertebral = r.avertedVertebral[y] as number;
		const other = r.avertedOther[y] as number;
		r.costsAvoidedGbp[y] = fractureCostsAvoided(f, hip, vertebral, other);
		r.qalysGained[y] = fractureQalysGained(f, hip, vertebral, other);
		pvAvoided += (r.costsAvoidedGbp[y] as number) * (input.discount.factor[y] as number);
		pvDrugs += (r.drugCostGbp[y] as number) * (input.discount.factor[y] as number);
		qalys += (r.qalysGained[y] as number) * (input.discount.health[y] as number);
	}
	out.pvCostsAvoidedGbp = pvAvoided;
	out.pvDrugCostGbp = pvDrugs;
	out.discountedQalys = qalys;
}

/** The pathway's cost to the option by year: onward referrals when costed, and the VFA treatment's drugs when its benefits count. */
export function pathwayCost(out: PathwaySeries, y: number): number {
	const r = out.byYear;
	return (r.onwardReferralCostGbp[y] as number) + (out.counted ? (r.drugCostGbp[y] as number) : 0);
}
