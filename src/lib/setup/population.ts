import { AGE_BANDS, type AgeBand } from '$lib/model';

export type Bands = Record<AgeBand, number>;

/**
 * Split a total population into the five age bands by shares (fractions summing to 1), in whole
 * people, so the bands add up to the total exactly: each band gets the whole part of
 * total x share, and the people left over go one each to the bands with the largest remainders
 * (Hamilton's largest-remainder method).
 */
export function splitTotal(total: number, shares: Bands): Bands {
	const whole = Math.max(0, Math.round(total));
	const sum = AGE_BANDS.reduce((t, b) => t + Math.max(0, shares[b]), 0);
	const out = Object.fromEntries(AGE_BANDS.map((b) => [b, 0])) as Bands;
	if (!(sum > 0) || whole === 0) return out;
	const exact = AGE_BANDS.map((b) => (whole * Math.max(0, shares[b])) / sum);
	const floors = exact.map(Math.floor);
	let left = whole - floors.reduce((a, b) => a + b, 0);
	const order = exact.map((x, i) => ({ i, r: x - (floors[i] as number) })).sort((a, b) => b.r - a.r || a.i - b.i);
	for (const { i } of order) {
		if (left <= 0) break;
		floors[i] = (floors[i] as number) + 1;
		left--;
	}
	AGE_BANDS.forEach((b, i) => (out[b] = floors[i] as number));
	return out;
}

export function bandTotal(b: Bands): number {
	return AGE_BANDS.reduce((t, k) => t + b[k], 0);
}
