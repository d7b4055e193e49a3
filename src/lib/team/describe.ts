import { listInputs } from '$lib/model/catalogue';
import { isFormula, type FieldMeta } from '$lib/model/schema/meta';
import { formatPath } from '$lib/model/issues';
import { plainNumber as plain } from '$lib/present';
import type { Change, Segment } from './diff';

/** A change as a reader sees it: where it is, the input's label, and both values in words. */
export interface DescribedChange {
	key: string;
	kind: Change['kind'];
	/** Section and item, e.g. "Options › Second static scanner". */
	where: string;
	label: string;
	unit: string;
	before: string;
	after: string;
}

const SECTIONS: Record<string, string> = {
	name: 'Scenario',
	description: 'Scenario',
	organisation: 'Scenario',
	catchment: 'Catchment',
	demand: 'Demand',
	scanners: 'Scanners',
	staffing: 'Staffing',
	costs: 'Costs',
	fls: 'Fracture liaison service',
	options: 'Options',
	appraisal: 'Appraisal',
	uncertainty: 'Uncertainty',
	rationale: 'Rationale'
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "sessionsPerWeek" -> "Sessions per week". */
export function humanise(key: string): string {
	const words = key
		.replace(/Gbp$/, '')
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/_/g, ' ')
		.toLowerCase()
		.trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Index path (as the catalogue writes it) and item names along the way, in `scenario`. */
function resolve(scenario: unknown, path: readonly Segment[]): { indexPath: (string | number)[]; items: string[] } {
	const indexPath: (string | number)[] = [];
	const items: string[] = [];
	let v: unknown = scenario;
	for (const s of path) {
		if (typeof s === 'object') {
			const list = Array.isArray(v) ? v : [];
			const i = list.findIndex((x) => isObj(x) && x.id === s.id);
			indexPath.push(i);
			v = list[i];
			items.push(isObj(v) && typeof v.name === 'string' && v.name.trim() ? v.name : s.id);
		} else {
			indexPath.push(s);
			v = isObj(v) || Array.isArray(v) ? (v as Obj)[s as never] : undefined;
			if (typeof s === 'number') items.push(isObj(v) && typeof v.name === 'string' && v.name.trim() ? v.name : `item ${s + 1}`);
		}
	}
	return { indexPath, items };
}

function short(text: string, max = 80): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A value in words: numbers as typed, formulas with their `=`, lists and blocks by size. */
export function showValue(v: unknown, meta?: FieldMeta, defaultValue?: number): string {
	if (v === undefined) return defaultValue !== undefined ? `not set (default ${plain(defaultValue)})` : 'not set';
	if (typeof v === 'number') return Number.isFinite(v) ? plain(v) : 'not a number';
	if (isFormula(v)) return `=${v.formula}`;
	if (typeof v === 'boolean') return v ? 'yes' : 'no';
	if (typeof v === 'string') return v.trim() ? `“${short(v)}”` : 'empty';
	if (v === null) return 'none';
	if (Array.isArray(v)) return v.every((x) => typeof x !== 'object') ? v.join(', ') || 'none' : `${v.length} item${v.length === 1 ? '' : 's'}`;
	if (isObj(v) && typeof v.name === 'string') return `“${short(v.name)}”`;
	void meta;
	return 'a block of settings';
}

export function describeChange(change: Change, before: unknown, after: unknown): DescribedChange {
	const side = change.kind === 'removed' ? before : after;
	const { indexPath, items } = resolve(side, change.path);
	const entry = listInputs(side).find((e) => e.path === formatPath(indexPath));
	const lastKey = [...change.path].reverse().find((s): s is string => typeof s === 'string');
	const top = typeof change.path[0] === 'string' ? change.path[0] : '';
	const section = SECTIONS[top] ?? humanise(top);
	const last = change.path[change.path.length - 1];
	const isItem = typeof last === 'object' || typeof last === 'number';
	const label = entry?.meta.label ?? (isItem ? (change.kind === 'added' ? 'Added' : change.kind === 'removed' ? 'Removed' : 'Changed') : top === 'rationale' && lastKey ? `Rationale for ${lastKey}` : humanise(lastKey ?? top));
	const whereItems = isItem ? items.slice(0, -1) : items;
	const itemName = isItem ? items[items.length - 1] : undefined;
	return {
		key: change.key,
		kind: change.kind,
		where: [section, ...whereItems].join(' › '),
		label: itemName ? `${label} ${itemName.startsWith('item ') ? itemName : `“${itemName}”`}` : label,
		unit: entry?.meta.unit ?? '',
		before: showValue(change.before, entry?.meta, entry?.defaultValue),
		after: showValue(change.after, entry?.meta, entry?.defaultValue)
	};
}
