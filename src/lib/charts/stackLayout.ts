import { stack, stackOffsetDiverging } from 'd3-shape';

export interface StackSegmentInput {
	key: string;
	value: number;
}

export interface StackedSegment {
	key: string;
	value: number;
	/** Lower and upper ends in data units: positives stack up from zero, negatives down. */
	y0: number;
	y1: number;
}

/**
 * Where each segment of each stack starts and ends, via d3's diverging stack (so a negative
 * value, such as a residual value credit, stacks below zero rather than cancelling a positive).
 * Layout only: the values are the caller's.
 */
export function stackLayout(stacks: StackSegmentInput[][], keys: readonly string[]): StackedSegment[][] {
	const rows = stacks.map((segments) => Object.fromEntries(keys.map((k) => [k, segments.find((s) => s.key === k)?.value ?? 0])));
	const layers = stack<Record<string, number>>().keys(keys).offset(stackOffsetDiverging)(rows);
	return stacks.map((_, i) =>
		layers.flatMap((layer) => {
			const point = layer[i];
			const value = rows[i]?.[layer.key] ?? 0;
			if (!point || value === 0) return [];
			return [{ key: layer.key, value, y0: Math.min(point[0], point[1]), y1: Math.max(point[0], point[1]) }];
		})
	);
}
