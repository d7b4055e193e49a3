/** A count as written in a spreadsheet export: 1234, 1,234, 1234.0; null when it is not a number. */
export function parseCount(text: string): number | null {
	const s = text.trim().replace(/^"|"$/g, '');
	if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s)) return null;
	const n = Number(s.replace(/,/g, ''));
	return Number.isFinite(n) ? n : null;
}

/**
 * A share written as a percentage (12.5, 12.5%) or, when `fraction` is true, as a fraction (0.125).
 * Returns the fraction 0-1, or null when it is not a number.
 */
export function parseShare(text: string, fraction: boolean): number | null {
	const s = text.trim();
	const percent = s.endsWith('%');
	const n = parseCount(percent ? s.slice(0, -1) : s);
	if (n === null) return null;
	return percent || !fraction ? n / 100 : n;
}
