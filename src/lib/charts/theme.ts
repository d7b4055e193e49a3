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
 * Widths of characters in em, the wider of DejaVu Sans (what `system-ui` resolves to on a Linux
 * desktop, the widest common sans-serif) and Liberation Sans (the business case's figures), rounded
 * up: digits and currency 0.64, capitals 0.72, most lower case 0.62, narrow letters and punctuation
 * 0.34 or 0.42, m, w, %, minus and the ellipsis 1.
 */
const NARROW = /[ .,:;'|!ijlI]/;
const SEMI_NARROW = /[ft()/[\]\-r›"]/;
const WIDE = /[mwMW%−+&…@—=<>]/;
const DIGIT = /[0-9£$€#]/;
const CAPITAL = /[A-Z]/;
function charEm(c: string): number {
	if (NARROW.test(c)) return 0.34;
	if (SEMI_NARROW.test(c)) return 0.42;
	if (WIDE.test(c)) return 1;
	if (DIGIT.test(c)) return 0.64;
	if (CAPITAL.test(c)) return 0.72;
	return 0.62;
}

/**
 * Estimated width of a label in pixels. SVG text cannot be measured on the server, so margins are
 * sized from this sum of per-character widths (charEm), which is never narrower than the label drawn
 * in DejaVu Sans or Liberation Sans.
 */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const c of text) em += charEm(c);
	return em * fontSize;
}

/** Bold labels run about a tenth wider than regular ones. */
export const BOLD_WIDTH = 1.1;

/** A label broken into lines; `truncated` when it did not fit and its last line ends in an ellipsis. */
export interface WrappedText {
	lines: string[];
	truncated: boolean;
}

/**
 * Break a label into at most `maxLines` lines no wider than `maxWidth` as measured by `widthOf`
 * (by default the number of characters), at spaces; a word wider than a line is cut into pieces
 * that fit. When the label needs more lines, the last line kept ends in "…" (still within
 * `maxWidth`) and `truncated` is true, so the caller can give the full text in a <title>.
 */
export function wrapText(text: string, maxWidth: number, maxLines = 2, widthOf: (s: string) => number = (s) => s.length): WrappedText {
	const fits = (s: string) => widthOf(s) <= maxWidth;
	const words = text
		.split(/\s+/)
		.filter(Boolean)
		.flatMap((w) => (fits(w) ? [w] : pieces(w, fits)));
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const next = line ? `${line} ${word}` : word;
		if (!fits(next) && line) {
			lines.push(line);
			line = word;
		} else {
			line = next;
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return { lines, truncated: false };
	const kept = lines.slice(0, Math.max(1, maxLines));
	kept[kept.length - 1] = ellipsis(kept[kept.length - 1] ?? '', fits);
	return { lines: kept, truncated: true };
}

/** A word cut into the longest pieces that fit: after its hyphens where it has them, else anywhere (at least one character a piece). */
function pieces(word: string, fits: (s: string) => boolean): string[] {
	const out: string[] = [];
	let piece = '';
	for (const part of word.match(/[^-]+-*|-+/g) ?? [word]) {
		if (!piece || fits(piece + part)) {
			piece += part;
			continue;
		}
		out.push(piece);
		piece = part;
	}
	if (piece) out.push(piece);
	return out.flatMap((p) => (fits(p) ? [p] : characters(p, fits)));
}

/** A piece cut anywhere into the longest runs of characters that fit. */
function characters(word: string, fits: (s: string) => boolean): string[] {
	const out: string[] = [];
	let piece = '';
	for (const c of word) {
		if (piece && !fits(piece + c)) {
			out.push(piece);
			piece = c;
		} else piece += c;
	}
	if (piece) out.push(piece);
	return out;
}

/** `line` with "…" added, dropping whole words (or, for a single word, characters) until it fits. */
function ellipsis(line: string, fits: (s: string) => boolean): string {
	let text = line;
	while (text && !fits(`${text}…`)) {
		const space = text.lastIndexOf(' ');
		text = space > 0 ? text.slice(0, space) : text.slice(0, -1);
	}
	return `${text.trimEnd()}…`;
}

/** Split a label into at most `maxLines` lines of about `maxChars` characters, at spaces. */
export function wrapLabel(text: string, maxChars: number, maxLines = 2): string[] {
	return wrapText(text, maxChars, maxLines).lines;
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
