/**
 * Text made safe for where it goes. Names and free text come from users (option names, scenario
 * descriptions, rationale) and may hold anything a JSON string can.
 */

/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab, line feed and carriage return;
 * U+FFFE and U+FFFF; unpaired surrogates), removed. A single such character makes an xlsx or docx
 * file unreadable (XML 1.0, section 2.2), so every text written to one passes through this.
 */
export function xmlSafe(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** A name on one line: tabs, line breaks and other control characters become single spaces. */
export function oneLine(text: string): string {
	// eslint-disable-next-line no-control-regex
	return xmlSafe(text).replace(/[\u0000-\u001F\u007F\u0085\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** A safe file name from a title: "Demand & capacity (2026)" -> "demand-capacity-2026". */
export function slug(title: string, fallback = 'file', maxLength = 80): string {
	const s = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, maxLength)
		.replace(/-+$/g, '');
	return s || fallback;
}
