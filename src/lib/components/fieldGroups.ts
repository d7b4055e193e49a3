import type { InputEntry } from '$lib/model/catalogue';
import { getPath, pathKey } from '$lib/state/paths';

/** Titles for nested blocks of inputs inside a section. */
const BLOCK_TITLES: Record<string, string> = {
	population: 'Population at the start year',
	growth: 'Population growth a year',
	slotMinutes: 'Slot lengths',
	mobile: 'Mobile unit',
	staffPerSession: 'Staff per session',
	referralRatesPer1000: 'Referral rates',
	patientTravel: 'Patient travel (societal perspective)'
};

export interface Block {
	key: string;
	title: string;
	entries: InputEntry[];
}

export interface Group {
	key: string;
	/** Item name for entries inside a list (a locality, a scanner), else empty. */
	title: string;
	blocks: Block[];
}

/**
 * Arrange a section's inputs for the form: one group per list item (each locality, each scanner),
 * then blocks for nested objects (population, slot lengths...), in schema order. List indexes
 * before position `from` do not start groups (an option's added scanners group by scanner).
 */
export function groupEntries(entries: InputEntry[], input: unknown, from = 0): Group[] {
	const groups = new Map<string, Group>();
	for (const e of entries) {
		const idx = e.parts.findIndex((p, i) => i >= from && typeof p === 'number');
		const groupParts = idx >= 0 ? e.parts.slice(0, idx + 1) : [];
		const gKey = pathKey(groupParts) || '(section)';
		let g = groups.get(gKey);
		if (!g) {
			const name = idx >= 0 ? getPath(input, [...groupParts, 'name']) : undefined;
			g = { key: gKey, title: typeof name === 'string' ? name : idx >= 0 ? `Item ${Number(e.parts[idx]) + 1}` : '', blocks: [] };
			groups.set(gKey, g);
		}
		const rest = e.parts.slice(idx >= 0 ? idx + 1 : Math.max(1, from + 1));
		const bKey = rest.length > 1 ? String(rest[0]) : '';
		let b = g.blocks.find((x) => x.key === bKey);
		if (!b) {
			b = { key: bKey, title: BLOCK_TITLES[bKey] ?? '', entries: [] };
			g.blocks.push(b);
		}
		b.entries.push(e);
	}
	return [...groups.values()];
}
