/**
 * Type sizes, stroke widths and spacing for the normal (dashboard) and large (presentation)
 * variants. Large is sized for a 1920x1080 projector read from the back of a meeting room:
 * 20px labels are about 2% of the screen height.
 */
export interface ChartTheme {
	large: boolean;
	fontFamily: string;
	/** Tick labels, value labels, legend. */
	fontSize: number;
	/** Axis unit labels. */
	labelSize: number;
	strokeWidth: number;
	markerRadius: number;
	tickLength: number;
	/** Space between a label and what it names. */
	gap: number;
	/** Default width before the container has been measured (server rendering, first paint). */
	fallbackWidth: number;
}

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif';

const NORMAL: ChartTheme = {
	large: false,
	fontFamily: FONT_FAMILY,
	fontSize: 12,
	labelSize: 12,
	strokeWidth: 2,
	markerRadius: 3.5,
	tickLength: 5,
	gap: 4,
	fallbackWidth: 720
};

const LARGE: ChartTheme = {
	large: true,
	fontFamily: FONT_FAMILY,
	fontSize: 20,
	labelSize: 20,
	strokeWidth: 4,
	markerRadius: 6,
	tickLength: 8,
	gap: 8,
	fallbackWidth: 1600
};

/**
 * The theme for a variant; `scale` shrinks type, strokes and spacing together (a slide on a
 * 1280x720 projector is drawn at about 0.8 of the 1920x1080 sizes).
 */
export function chartTheme(large = false, scale = 1): ChartTheme {
	const base = large ? LARGE : NORMAL;
	if (scale === 1) return base;
	const k = (v: number) => Math.round(v * scale * 100) / 100;
	return { ...base, fontSize: k(base.fontSize), labelSize: k(base.labelSize), strokeWidth: k(base.strokeWidth), markerRadius: k(base.markerRadius), tickLength: k(base.tickLength), gap: k(base.gap) };
}

/**
 * Rough width of a label in pixels. SVG text cannot be measured on the server, so margins are
 * sized from this estimate; 0.58 em per character covers digits and mixed-case words in common
 * sans-serif fonts with a little to spare.
 */
export function textWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.58;
}

/** Split a label into at most `maxLines` lines of about `maxChars` characters, at spaces. */
export function wrapLabel(text: string, maxChars: number, maxLines = 2): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const next = line ? `${line} ${word}` : word;
		if (next.length > maxChars && line) {
			lines.push(line);
			line = word;
		} else {
			line = next;
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
	return kept;
}

/** Dash patterns are written for a 2px stroke; scale them with thicker strokes so dots stay dots. */
export function scaleDash(dash: string | undefined, strokeWidth: number): string | undefined {
	if (!dash) return undefined;
	const k = Math.max(1, strokeWidth / 2);
	return dash
		.split(/[\s,]+/)
		.filter(Boolean)
		.map((v) => String(Number(v) * k))
		.join(' ');
}
