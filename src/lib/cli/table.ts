/** A plain-text table for terminals: headers may span several lines, numbers align right. */

export interface Column {
	/** Header lines, top to bottom (short lines keep the table narrow). */
	header: readonly string[];
	align: 'left' | 'right';
}

const GAP = '  ';

function pad(text: string, width: number, align: Column['align']): string {
	return align === 'right' ? text.padStart(width) : text.padEnd(width);
}

/**
 * Render rows of already formatted cells under their headers, with a rule below the header.
 * Trailing spaces are trimmed so the output diffs cleanly.
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
	const widths = columns.map((c, i) => Math.max(...c.header.map((h) => h.length), ...rows.map((r) => (r[i] ?? '').length)));
	const headerLines = Math.max(...columns.map((c) => c.header.length));
	const lines: string[] = [];
	for (let l = 0; l < headerLines; l++) {
		// Headers sit on the bottom lines so a one-line header lines up with the last line of the others.
		lines.push(columns.map((c, i) => pad(c.header[l - (headerLines - c.header.length)] ?? '', widths[i] ?? 0, c.align)).join(GAP));
	}
	lines.push(widths.map((w) => '-'.repeat(w)).join(GAP));
	for (const row of rows) lines.push(columns.map((c, i) => pad(row[i] ?? '', widths[i] ?? 0, c.align)).join(GAP));
	return lines.map((l) => l.trimEnd()).join('\n');
}

/** Wrap prose to a width at spaces, indenting continuation lines. */
export function wrap(text: string, width = 100, indent = ''): string {
	const out: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > width) {
			out.push(line);
			line = indent + word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) out.push(line);
	return out.join('\n');
}
