/** Cells [from, from + n) of a typed array as a plain array (a loop: Array.from on a typed array goes through its iterator). */
export function toArray(a: Float64Array, from: number, n: number): number[] {
	const out: number[] = [];
	for (let i = 0; i < n; i++) out.push(a[from + i] as number);
	return out;
}
