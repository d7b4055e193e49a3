/**
 * How an input is named for a reader: its label and unit from the schema's metadata, with the
 * names of the items along its path (option, scanner, role, locality), never an id or a path.
 * "Second static scanner › Community diagnostic centre scanner: DNA rate".
 */
import { getAt, listInputs } from '../model/catalogue';
import type { Scenario } from '../model/schema/scenario';

type Named = { name?: unknown; id?: unknown; roleId?: unknown; scannerId?: unknown; localityId?: unknown };

function nameOf(scenario: Scenario, item: Named): string | undefined {
	if (typeof item.name === 'string') return item.name;
	// A scenario as written (a team space's stored version) may leave out lists the schema defaults.
	if (typeof item.roleId === 'string') return (scenario.staffing?.roles ?? []).find((r) => r.id === item.roleId)?.name;
	if (typeof item.scannerId === 'string') {
		const all = [...(scenario.scanners ?? []), ...(scenario.options ?? []).flatMap((o) => o.addScanners ?? [])];
		return all.find((s) => s.id === item.scannerId)?.name;
	}
	if (typeof item.localityId === 'string') return (scenario.catchment?.localities ?? []).find((l) => l.id === item.localityId)?.name;
	return undefined;
}

/** Names of the list items along a path, joined by " › " (empty for a top-level input). */
export function inputContext(scenario: Scenario, parts: readonly (string | number)[]): string {
	const names: string[] = [];
	for (let i = 0; i < parts.length; i++) {
		if (typeof parts[i] !== 'number') continue;
		const item = getAt(scenario, parts.slice(0, i + 1));
		if (item && typeof item === 'object') {
			const n = nameOf(scenario, item as Named);
			if (n) names.push(n);
		}
	}
	return names.join(' › ');
}

/** The label a reader sees for an input: its context and its schema label. */
export function inputLabel(scenario: Scenario, entry: { parts: readonly (string | number)[]; meta: { label: string } }): string {
	const context = inputContext(scenario, entry.parts);
	return context ? `${context}: ${entry.meta.label}` : entry.meta.label;
}

/** A unit as a reader reads it: fractions are shown as percentages. */
export function unitText(unit: string): string {
	if (unit.startsWith('fraction')) return unit.replace(/^fraction( 0-1)?/, '%').replace(/^% per year$/, '% a year');
	return unit;
}

/**
 * A message with any input path in it ("fls.hipFracturesPerYear", "scanners[0].dnaRate") written
 * as the input's label instead, e.g. the engine's flags shown in the business case.
 */
export function withLabels(text: string, scenario: Scenario): string {
	if (!/[a-z]\.[a-z]|\[\d+\]/i.test(text)) return text;
	const labels = new Map(listInputs(scenario).map((e) => [e.path, inputLabel(scenario, e)]));
	return text.replace(/\b[a-z][A-Za-z0-9]*(?:\[\d+\])?(?:\.[A-Za-z][A-Za-z0-9]*(?:\[\d+\])?)+/g, (path) => labels.get(path) ?? path);
}

/**
 * Every input's reader label by its path, for lists keyed by path (the uncertain inputs, the
 * tornado's bars, the switching values): `scanners[0].dnaRate` -> "Main hospital scanner: DNA rate".
 * A path the scenario does not have is returned as it is.
 */
export function inputLabels(scenario: Scenario): (path: string) => string {
	const labels = new Map(listInputs(scenario).map((e) => [e.path, inputLabel(scenario, e)]));
	return (path) => labels.get(path) ?? path;
}

/** Items keyed by an input path with their label replaced by the reader label (inputLabels). */
export function withInputLabels<T extends { path: string; label: string }>(scenario: Scenario, items: readonly T[]): T[] {
	const label = inputLabels(scenario);
	return items.map((x) => ({ ...x, label: label(x.path) }));
}

/**
 * A placeholder's source note as shown after the "Placeholder" badge: without the note's own
 * leading "Placeholder:", first letter capitalised. "Placeholder: 1 counts every fracture" ->
 * "1 counts every fracture"; "Placeholder: about 70,000" -> "About 70,000"; other notes unchanged.
 */
export function placeholderNote(source: string | undefined): string {
	return (source ?? '').replace(/^Placeholder:\s*(.)/, (_, c: string) => c.toUpperCase());
}
