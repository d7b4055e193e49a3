import { isStrong, isTodo, todoText, type Block, type BusinessCaseDocument, type Inline } from './model';
import { figureDataAppendixName } from './sectionFigures';

export const MARKDOWN_MIME = 'text/markdown';

/** Escape characters Markdown would read as formatting. */
function esc(t: string): string {
	return t.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function inline(parts: readonly Inline[]): string {
	return parts
		.map((p) => {
			if (typeof p === 'string') return esc(p);
			if (isTodo(p)) return `**_${esc(todoText(p.todo))}_**`;
			if (isStrong(p)) return `**${esc(p.strong.trim())}**${p.strong.endsWith(' ') ? ' ' : ''}`;
			return '';
		})
		.join('');
}

function table(b: Extract<Block, { kind: 'table' }>, n: number): string {
	const cell = (t: string) => esc(t).replace(/\n/g, ' ');
	const lines = [`**Table ${n}: ${esc(b.caption)}**`, '', `| ${b.head.map(cell).join(' | ')} |`, `| ${b.head.map((_, i) => (b.numeric?.[i] ? '---:' : '---')).join(' | ')} |`];
	for (const r of b.rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
	if (b.note) lines.push('', `_${esc(b.note)}_`);
	return lines.join('\n');
}

/**
 * The business case as GitHub-flavoured Markdown. Markers read "[To complete: ...]" in bold
 * italics; charts become figure notes pointing to the appendix of figure data.
 */
export function renderMarkdown(doc: BusinessCaseDocument): string {
	const out: string[] = [`# ${esc(doc.title)}`, '', `_${esc(doc.subtitle)}_`, ''];
	for (const p of doc.preface) out.push(inline(p), '');
	let tables = 0;
	let figures = 0;
	for (const b of doc.blocks) {
		switch (b.kind) {
			case 'heading':
				out.push(`${'#'.repeat(b.level + 1)} ${esc(b.text)}`, '');
				break;
			case 'paragraph':
				out.push(inline(b.parts), '');
				break;
			case 'list':
				out.push(...b.items.map((i) => `- ${inline(i)}`), '');
				break;
			case 'todo':
				out.push(`> **_${esc(todoText(b.text))}_**`, '');
				break;
			case 'table':
				out.push(table(b, ++tables), '');
				break;
			case 'chart':
				out.push(`_Figure ${++figures}: ${esc(b.caption)}. The chart is drawn in the Word document and the app's report view; its data are in ${esc(figureDataAppendixName(doc.blocks))}._`, '');
				break;
		}
	}
	return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
