import type { ScenarioInput } from '$lib/model';
import { workspace } from './workspace.svelte';

/**
 * Replace the working scenario's input with `next` as one undoable edit (through the
 * workspace's public `edit`), for changes built whole elsewhere (the activity offer, the
 * guided setup's steps).
 */
export function replaceInput(next: ScenarioInput, key: string): void {
	workspace.edit((d) => {
		const draft = d as Record<string, unknown>;
		for (const k of Object.keys(draft)) delete draft[k];
		Object.assign(draft, JSON.parse(JSON.stringify(next)));
	}, key);
}
