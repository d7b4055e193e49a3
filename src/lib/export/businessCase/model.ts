import { xmlSafe } from '../../present/text';
import type { FigureRef as ChartRef } from '../../charts/figureTables';

export type { FigureKind as ChartKind, FigureRef as ChartRef } from '../../charts/figureTables';

/**
 * The business case as one document model: headings, paragraphs, lists, tables, chart
 * references and "to be written by the user" markers. It is filled once from the scenario and the
 * engine's results, then rendered as DOCX, Markdown and the print view, so the three never drift.
 */

/** Text the authors must write: shown as "[To complete: ...]", styled distinctly, never invented. */
export interface Todo {
	todo: string;
}
export interface Strong {
	strong: string;
}
export type Inline = string | Todo | Strong;

export type Block =
	| { kind: 'heading'; level: 1 | 2 | 3; text: string; id: string }
	| { kind: 'paragraph'; parts: Inline[] }
	| { kind: 'list'; items: Inline[][] }
	| { kind: 'table'; caption: string; head: string[]; rows: string[][]; numeric?: boolean[]; note?: string }
	| { kind: 'chart'; chart: ChartRef; caption: string; tableCaption?: string }
	| { kind: 'todo'; text: string };

export interface BusinessCaseDocument {
	title: string;
	subtitle: string;
	/** ISO date (YYYY-MM-DD). */
	date: string;
	/** Lines under the title: organisation, basis of the figures, how to read the markers. */
	preface: Inline[][];
	blocks: Block[];
}

export const TODO_PREFIX = 'To complete: ';

/** The marker as plain text, identical in every format. */
export function todoText(t: string): string {
	return `[${TODO_PREFIX}${t}]`;
}

export function isTodo(x: Inline): x is Todo {
	return typeof x === 'object' && 'todo' in x;
}

export function isStrong(x: Inline): x is Strong {
	return typeof x === 'object' && 'strong' in x;
}

/** Plain text of inline content (Markdown escaping and styling are the renderer's job). */
export function plain(parts: readonly Inline[]): string {
	return parts.map((p) => (typeof p === 'string' ? p : isTodo(p) ? todoText(p.todo) : p.strong)).join('');
}

/** Count the markers left for the authors. */
export function countTodos(doc: BusinessCaseDocument): number {
	let n = 0;
	const inl = (parts: readonly Inline[]) => (n += parts.filter(isTodo).length);
	doc.preface.forEach(inl);
	for (const b of doc.blocks) {
		if (b.kind === 'todo') n++;
		else if (b.kind === 'paragraph') inl(b.parts);
		else if (b.kind === 'list') b.items.forEach(inl);
	}
	return n;
}

/** Small builder so section code reads like the outline it follows. */
export class DocBuilder {
	readonly blocks: Block[] = [];
	private ids = new Set<string>();

	heading(level: 1 | 2 | 3, text: string): void {
		let id = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
		for (let i = 2; this.ids.has(id); i++) id = `${id}-${i}`;
		this.ids.add(id);
		this.blocks.push({ kind: 'heading', level, text, id });
	}
	p(...parts: Inline[]): void {
		this.blocks.push({ kind: 'paragraph', parts });
	}
	list(items: Inline[][]): void {
		if (items.length) this.blocks.push({ kind: 'list', items });
	}
	todo(text: string): void {
		this.blocks.push({ kind: 'todo', text });
	}
	table(caption: string, head: string[], rows: string[][], opts: { numeric?: boolean[]; note?: string } = {}): void {
		this.blocks.push({ kind: 'table', caption, head, rows, ...opts });
	}
	chart(chart: ChartRef, caption: string, tableCaption?: string): void {
		this.blocks.push({ kind: 'chart', chart, caption, tableCaption });
	}
}

export const todo = (text: string): Todo => ({ todo: text });
export const strong = (text: string): Strong => ({ strong: text });

/** Inline content with every text made safe for XML (a single U+FFFE would make the .docx unreadable). */
function safeInline(parts: readonly Inline[]): Inline[] {
	return parts.map((p) => (typeof p === 'string' ? xmlSafe(p) : isTodo(p) ? { todo: xmlSafe(p.todo) } : isStrong(p) ? { strong: xmlSafe(p.strong) } : p));
}

/** The document with every text passed through xmlSafe: names, descriptions and rationale come from users. */
export function safeDocument(doc: BusinessCaseDocument): BusinessCaseDocument {
	const t = xmlSafe;
	const blocks = doc.blocks.map((b): Block => {
		switch (b.kind) {
			case 'heading':
				return { ...b, text: t(b.text) };
			case 'paragraph':
				return { ...b, parts: safeInline(b.parts) };
			case 'list':
				return { ...b, items: b.items.map(safeInline) };
			case 'table':
				return { ...b, caption: t(b.caption), head: b.head.map(t), rows: b.rows.map((r) => r.map(t)), note: b.note === undefined ? undefined : t(b.note) };
			case 'chart':
				return { ...b, caption: t(b.caption), tableCaption: b.tableCaption === undefined ? undefined : t(b.tableCaption) };
			case 'todo':
				return { ...b, text: t(b.text) };
		}
	});
	return { ...doc, title: t(doc.title), subtitle: t(doc.subtitle), preface: doc.preface.map(safeInline), blocks };
}
