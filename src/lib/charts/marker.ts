import type { MarkerShape } from './types';

/** SVG path data for a marker centred on x, y ('' for a circle or none, which are drawn otherwise). */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
	switch (shape) {
		case 'square':
			return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
		case 'triangle':
			return `M${x},${y - r * 1.2}L${x + r * 1.1},${y + r * 0.8}L${x - r * 1.1},${y + r * 0.8}Z`;
		case 'diamond':
			return `M${x},${y - r * 1.3}L${x + r * 1.1},${y}L${x},${y + r * 1.3}L${x - r * 1.1},${y}Z`;
		case 'cross':
			return `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`;
		default:
			return '';
	}
}

/** Diagonal hatch lines inside a w x h box at x, y, matching StackedBars' capital hatch. */
export function hatchPath(x: number, y: number, w: number, h: number): string {
	const s = Math.min(w, h);
	return `M${x},${y + h / 2}L${x + s / 2},${y}M${x},${y + h}L${x + s},${y}M${x + w - s},${y + h}L${x + w},${y + h - s}M${x + w - s / 2},${y + h}L${x + w},${y + h / 2}`;
}
