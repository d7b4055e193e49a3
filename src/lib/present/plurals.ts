/**
 * Plural forms: "1 year", "10 years", "1 person". Counts here are small whole numbers written as
 * digits with separators (count formatting comes from numbers.ts).
 */
import { count } from './numbers';

const IRREGULAR: Record<string, string> = { person: 'people', locality: 'localities', child: 'children', analysis: 'analyses', county: 'counties' };

/** The noun for n of them: noun(1, 'year') = 'year', noun(2, 'year') = 'years'. */
export function noun(n: number, singular: string, plural?: string): string {
	if (n === 1) return singular;
	return plural ?? IRREGULAR[singular] ?? (/(s|x|ch|sh)$/.test(singular) ? `${singular}es` : `${singular}s`);
}

/** A count with its noun: plural(1, 'year') = "1 year", plural(2500, 'scan') = "2,500 scans". */
export function plural(n: number, singular: string, pluralForm?: string): string {
	return `${count(n)} ${noun(n, singular, pluralForm)}`;
}
