/** Formatting for the uncertainty views (display only: every number comes from the engine). */
export const percent = (p: number, digits = 1): string => `${(p * 100).toFixed(digits)}%`;

/** A value in its input's units: money as £, fractions as %, otherwise the number and unit. */
export function inputValue(v: number, unit: string): string {
	if (unit.startsWith('GBP')) return `£${Math.round(v).toLocaleString('en-GB')}`;
	if (unit.startsWith('fraction')) return `${Number((v * 100).toPrecision(4))}%`;
	const n = Math.abs(v) >= 1000 ? Math.round(v).toLocaleString('en-GB') : String(Number(v.toPrecision(4)));
	return `${n} ${unit}`;
}
