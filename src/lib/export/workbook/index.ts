import type { AppraisalResult, Scenario } from '../../model';
import type { FormulaValue } from '../../model/parse';
import { XLSX, type WorkBook } from './sheetjs';
import { safeSheetName, type SheetBuilder } from './sheet';
import { buildInputsSheet, markInputsInFormulas } from './inputs';
import { buildStaffingSheet } from './staffing';
import { buildDemandSheet } from './demand';
import { buildCatchmentSheet, CATCHMENT_SHEET } from './catchment';
import { buildCapacitySheet, CAPACITY_SHEET } from './capacity';
import { buildWaitingSheet, WAITING_SHEET } from './waitingList';
import { buildCashFlowSheet, type CashFlowSheet } from './cashflow';
import { buildFlsSheet } from './fls';
import { buildPathwaySheet } from './pathway';
import { buildSummarySheet } from './summary';
import { buildAccessSheet } from './access';
import { buildCoverSheet } from './cover';
import { addFrozenPanes } from './freeze';
import { isoDate, oneLine, xmlSafe } from '../../present';

export interface WorkbookOptions {
	scenario: Scenario;
	result: AppraisalResult;
	/** The scenario as written (before defaults): tells inputs set locally from placeholder defaults. */
	input?: unknown;
	/** Formulas found by the parser, shown beside the inputs they set. */
	formulas?: readonly FormulaValue[];
	/** Workbook date (YYYY-MM-DD or a Date); defaults to today. Fix it for identical files. */
	date?: Date | string;
	/** Extra sheets appended after the summary (Sensitivity, Probabilistic), each with its line on the cover. */
	extraSheets?: { sheet: SheetBuilder; about: string }[];
}

export const WORKBOOK_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Build the workbook object (sheets, defined names, properties) without serialising it. */
export function buildWorkbook(opts: WorkbookOptions): { wb: WorkBook; sheets: SheetBuilder[] } {
	const { scenario, result } = opts;
	const date = isoDate(opts.date);
	const inputs = buildInputsSheet(opts);
	const capacity = buildCapacitySheet({ scenario, result, refOf: inputs.refOf });
	const catchment = buildCatchmentSheet({ scenario, result, refOf: inputs.refOf });
	const demand = buildDemandSheet({ scenario, result, refOf: inputs.refOf, capacityRefs: capacity.capacityRefs, catchment });
	const waiting = buildWaitingSheet({ scenario, result, refOf: inputs.refOf, refs: { demand: (i, y) => demand.ref('total', i, y), capacity: (i, y) => demand.ref('capacity', i, y) } });
	const staffing = buildStaffingSheet({ scenario, result, refOf: inputs.refOf, rotaRef: capacity.rotaRef, inHouseRef: (i, y) => demand.ref('inHouse', i, y), cohortRef: catchment.flsCohort });
	const taken = new Set(['cover', 'inputs', 'demand and capacity', 'staffing', 'catchment', 'capacity by scanner', 'waiting list', 'pathway', 'fls benefits', 'appraisal summary', 'patient access', 'sensitivity', 'probabilistic']);
	const fls = buildFlsSheet({ scenario, result, refOf: inputs.refOf, demandRef: (column, i, y) => demand.ref(column, i, y), cohortRef: catchment.flsCohort });
	const pathway = buildPathwaySheet({ scenario, result, refOf: inputs.refOf, demandRef: (column, i, y) => demand.ref(column, i, y), flsShareRef: catchment.flsShare });
	const cashFlows = new Map<string, CashFlowSheet>();
	const cfSheets: SheetBuilder[] = [];
	result.options.forEach((o, i) => {
		const name = safeSheetName(`CF${i + 1} ${o.name}`, taken);
		taken.add(name.toLowerCase());
		const cf = buildCashFlowSheet({ name, scenario, result, option: o, refOf: inputs.refOf, staffCostRef: staffing.costRef, flsRunningRef: fls.runningCostRef, drugCostRef: pathway.drugCostRef, demandRef: (column, y) => demand.ref(column, i, y), localityShareRef: (y, li) => catchment.localityShare(i, li, y) });
		cashFlows.set(o.id, cf);
		cfSheets.push(cf.sheet);
	});
	const summary = buildSummarySheet({ result, cashFlows, fls, vfaBenefits: pathway.benefitsRef });
	const extra = [buildAccessSheet({ scenario, result, refOf: inputs.refOf, refs: { delivered: (i, y) => demand.ref('delivered', i, y), share: catchment.localityShare } }), ...(opts.extraSheets ?? [])];
	const about: { name: string; about: string }[] = [
		{ name: 'Inputs', about: 'Every assumption with its unit, value, source (or placeholder flag) and rationale. Key inputs carry defined names used by the formulas.' },
		{ name: 'Demand and capacity', about: 'Demand (from the Catchment sheet), capacity, scans delivered (in-house and outsourced), the gap and the year-end waiting list, by option and year, adding up the Capacity by scanner and Waiting list sheets.' },
		{ name: 'Staffing', about: 'Hours from the rota, reporting and the FLS caseload; base WTE, the leave allowance, funded WTE and cost by option, year and role.' },
		{ name: CATCHMENT_SHEET, about: 'Population by locality and age band, new referrals, the FLS cohort and each option\'s demand (uptake with travel, FLS referrals, monitoring, VFA scans) by year, as formulas over the Inputs sheet.' },
		{ name: CAPACITY_SHEET, about: 'Each scanner\'s operating days, sessions, slots, attendance and capacity by option and year, from sessions a week, slot times, QA, days lost and the DNA rate.' },
		{ name: WAITING_SHEET, about: 'The waiting list month by month, first in first out: referrals, capacity, scans seen, the list and those seen within the standard.' },
		...cfSheets.map((s) => ({ name: s.name, about: 'Cash flows for one option: capital, revenue, optimism bias, residual value, discount factors, discounted costs and the net present cost.' })),
		{ name: 'Pathway', about: 'Scans by option and year, VFA scans, vertebral fractures found, treatment recommended, onward referrals, one-stop and recall visits and reporting hours, with formulas on the Inputs sheet.' },
		{ name: 'FLS benefits', about: 'Fracture liaison service caseload, fractures averted, bed-days, QALYs and costs avoided, discounted.' },
		{ name: 'Appraisal summary', about: 'Options compared: NPC, NPV, NPSV, cost per scan, wait, and the ranking by formula.' },
		...extra.map((x) => ({ name: x.sheet.name, about: x.about }))
	];
	const cover = buildCoverSheet({ scenario, result, date, placeholderCount: inputs.placeholderCount, statusColumn: inputs.statusColumn, sheets: about });
	const sheets = [cover, inputs.sheet, demand.sheet, staffing.sheet, catchment.sheet, capacity.sheet, waiting, ...cfSheets, pathway.sheet, fls.sheet, summary.sheet, ...extra.map((x) => x.sheet)];

	markInputsInFormulas(inputs, sheets);
	const wb = XLSX.utils.book_new();
	for (const sh of sheets) XLSX.utils.book_append_sheet(wb, sh.finish(), sh.name);
	wb.Workbook = { Names: inputs.names };
	// Fixed properties keep the file byte-identical for the same scenario and date.
	const created = new Date(`${date}T00:00:00Z`);
	wb.Props = { Title: xmlSafe(`Finance workbook: ${oneLine(scenario.name)}`), Subject: 'DXA service appraisal', Author: 'DXA Service Planner', Company: xmlSafe(scenario.organisation), CreatedDate: created, ModifiedDate: created };
	return { wb, sheets };
}

/** The finance workbook as xlsx bytes: live formulas with cached values, frozen headers, each sheet set to print landscape one page wide with its header rows repeated. */
export function writeWorkbook(opts: WorkbookOptions): Uint8Array {
	const { wb, sheets } = buildWorkbook(opts);
	const raw = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
	return addFrozenPanes(
		new Uint8Array(raw),
		sheets.map((s, i) => ({ sheetNumber: i + 1, rows: s.freezeRows, cols: s.freezeCols, name: s.name, style: s.style() }))
	);
}
