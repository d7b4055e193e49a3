import { Marked, type Tokens } from 'marked';

/** A heading of the rendered document, for a table of contents. */
export interface TocEntry {
	id: string;
	text: string;
	depth: number;
}

export interface RenderedMarkdown {
	html: string;
	toc: TocEntry[];
	/** Text of the first level-1 heading, if any (the page uses it as its title). */
	title: string | undefined;
}

/** A URL fragment from heading text: lower case, letters and digits joined by single hyphens. */
export function slugify(text: string): string {
	return (
		text
			.toLowerCase()
			.replace(/<[^>]*>/g, '')
			.replace(/&[a-z0-9#]+;/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'section'
	);
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Plain text of rendered inline HTML, for a table of contents that Svelte escapes itself. */
function plainText(html: string): string {
	return html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m);
}

/**
 * Render trusted project markdown (docs/ files) to HTML with an id on every heading and a table of
 * contents. Tables are wrapped in a focusable, labelled scroll region so wide formula tables stay
 * readable on narrow screens without breaking table semantics. Not for user-supplied markdown:
 * raw HTML in the source is passed through.
 */
export function renderMarkdown(source: string): RenderedMarkdown {
	const toc: TocEntry[] = [];
	const used = new Map<string, number>();
	let title: string | undefined;
	let tables = 0;
	const marked = new Marked({ gfm: true, async: false });
	marked.use({
		renderer: {
			heading(this: { parser: { parseInline(tokens: Tokens.Heading['tokens']): string } }, token: Tokens.Heading) {
				const inner = this.parser.parseInline(token.tokens);
				const base = slugify(token.text);
				const n = used.get(base) ?? 0;
				used.set(base, n + 1);
				const id = n === 0 ? base : `${base}-${n + 1}`;
				const text = plainText(inner);
				if (token.depth === 1) title ??= text;
				else toc.push({ id, text, depth: token.depth });
				return `<h${token.depth} id="${id}">${inner}</h${token.depth}>\n`;
			}
		}
	});
	const raw = marked.parse(source) as string;
	// Label each table's scroll region with the heading it sits under, in document order.
	let heading = 'Table';
	const html = raw
		.replace(/<h[1-6] id="[^"]*">([\s\S]*?)<\/h[1-6]>|<table>/g, (match: string, inner: string | undefined) => {
			if (inner !== undefined) {
				heading = plainText(inner).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
				return match;
			}
			tables += 1;
			return `<div class="table-scroll" role="region" tabindex="0" aria-label="${heading}: table ${tables}"><table>`;
		})
		.replace(/<\/table>/g, '</table></div>')
		// Formula blocks can be wider than a phone: make them reachable by keyboard when they scroll.
		.replace(/<pre>/g, '<pre tabindex="0">');
	return { html, toc, title };
}
