import type { PageServerLoad } from './$types';
import methodsMarkdown from '../../../docs/methods.md?raw';
import { renderMarkdown } from '$lib/markdown/render';
import { inputRows } from './inputRows';

// docs/methods.md is bundled at build time and the input table comes from the schema, so both
// change only with a new build: render them once when the server starts.
const doc = renderMarkdown(methodsMarkdown);
const inputs = inputRows();

export const load: PageServerLoad = () => ({ html: doc.html, toc: doc.toc, title: doc.title ?? 'Methods', inputs });
