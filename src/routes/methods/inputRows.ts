import { parseScenario, type Scenario } from '$lib/model';
import { listInputs, type InputEntry } from '$lib/model/catalogue';

/** One kind of input as the Methods page lists it: one row per schema field, not per scenario item. */
export interface InputRow {
	/** Generic path, e.g. `scanners[].dnaRate`; role rows name the role, e.g. `staffing.roles[dxaOperator].annualSalaryGbp`. */
	path: string;
	section: string;
	label: string;
	unit: string;
	help: string;
	/** The default the planner applies when the field is left out; undefined when the user must give it. */
	defaultValue: number | undefined;
	min: number | undefined;
	max: number | undefined;
	formulaAllowed: boolean;
	source: string | undefined;
	placeholder: boolean;
}

/**
 * A scenario with one item in every list and every optional block present, so the catalogue
 * walks each kind of input once. Required figures get dummy values here; the table shows only
 * schema defaults, never these. Staff roles and fixed staff are left to their schema defaults so
 * that each default role's salary is listed with its source.
 */
const EVERY_INPUT = {
	schemaVersion: 1,
	name: 'Every input',
	startYear: 2026,
	priceBaseYear: 2025,
	catchment: {
		localities: [
			{
				id: 'locality',
				name: 'Locality',
				population: { under50: 1, age50to64: 1, age65to74: 1, age75to84: 1, age85plus: 1 },
				femaleShare50Plus: 0.5
			}
		]
	},
	scanners: [{ id: 'scanner', name: 'Scanner', kind: 'mobile', installedYear: 2020, mobile: {} }],
	costs: {
		capitalItems: [{ id: 'capital', name: 'Capital item', costGbp: 1 }],
		revenueItems: [{ id: 'revenue', name: 'Revenue item', annualCostGbp: 1 }]
	},
	options: [
		{ id: 'bau', name: 'Business as usual', businessAsUsual: true },
		{
			id: 'option',
			name: 'Option',
			outsourcing: { scansPerYear: 1 },
			fixedStaffChanges: [{ roleId: 'assistant', extraHoursPerWeek: 1 }],
			travel: [{ localityId: 'locality', returnTravelMiles: 1, travelMinutes: 1 }]
		}
	]
};

/** Lists whose items come from schema defaults: their rows keep one row per item, named by the item. */
const PER_ITEM_LISTS = ['staffing.roles', 'staffing.fixedStaff'];

type StaffLists = Record<string, readonly { id?: string; roleId?: string; name?: string }[] | undefined>;

/** The row's generic path, and for default staff items the item's name (a role's name). */
function rowPath(e: InputEntry, parsed: Scenario): { path: string; itemName?: string } {
	const parent = e.parts.slice(0, 2).join('.');
	if (PER_ITEM_LISTS.includes(parent) && typeof e.parts[2] === 'number') {
		const staffing: StaffLists = { roles: parsed.staffing.roles, fixedStaff: parsed.staffing.fixedStaff };
		const item = staffing[String(e.parts[1])]?.[e.parts[2]];
		const id = item?.id ?? item?.roleId ?? String(e.parts[2]);
		const role = staffing.roles?.find((r) => r.id === id);
		return { path: `${parent}[${id}].${e.parts.slice(3).join('.')}`, itemName: role?.name ?? id };
	}
	return { path: e.path.replace(/\[\d+\]/g, '[]') };
}

/**
 * Every kind of numeric input with its label, unit, default, bounds and the default's source or
 * placeholder flag, read from the schema's metadata through the input catalogue. An option's
 * added scanners and scanner changes take the scanner's own inputs, so they are not repeated.
 */
export function inputRows(): InputRow[] {
	const parsed = parseScenario(EVERY_INPUT);
	if (!parsed.ok) throw new Error(`methods page sample scenario is invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
	const scenario = parsed.scenario;
	const seen = new Set<string>();
	const rows: InputRow[] = [];
	for (const e of listInputs(scenario)) {
		const { path, itemName } = rowPath(e, scenario);
		if (seen.has(path)) continue;
		seen.add(path);
		// Default roles and job-plan hours are list items, so their figures are the item's value, not a field default.
		const defaultValue = itemName !== undefined && typeof e.value === 'number' ? e.value : e.defaultValue;
		rows.push({
			path,
			section: e.section,
			label: itemName === undefined ? e.meta.label : `${e.meta.label}: ${itemName}`,
			unit: e.meta.unit,
			help: e.meta.help,
			defaultValue,
			min: e.meta.min,
			max: e.meta.max,
			formulaAllowed: e.meta.formula === true,
			source: e.meta.source,
			placeholder: e.meta.placeholder === true
		});
	}
	return rows;
}
