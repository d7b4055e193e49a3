import { gbp } from '$lib/present';
import type { ResultSummary } from './types';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });

/** "30 Nov 2026, 16:20" in the reader's time zone. */
export function formatWhen(iso: string): string {
	const t = Date.parse(iso);
	return Number.isFinite(t) ? when.format(t) : '–';
}

/** "30 November 2026" (sign-off dates). */
export function formatDay(iso: string): string {
	const t = Date.parse(iso);
	return Number.isFinite(t) ? day.format(t) : '–';
}

/** The preferred option of a version and its net present cost, from the summary saved with it. */
export function preferredOf(s: ResultSummary): { name: string; npc: string; npcGbp: number | null } {
	const o = s.options.find((x) => x.id === s.preferredOptionId);
	return { name: o?.name ?? s.preferredOptionId, npc: gbp(o?.netPresentCostGbp), npcGbp: o?.netPresentCostGbp ?? null };
}

/** "+£12,345" / "−£12,345" / "no change" for a difference in money. */
export function gbpChange(d: number | null): string {
	if (d === null || !Number.isFinite(d)) return '–';
	if (Math.abs(d) < 0.5) return 'no change';
	return `${d > 0 ? '+' : ''}${gbp(d)}`;
}
