import type { PageServerLoad } from './$types';
import urban from '../../../models/urban-backlog.json';
import { runValidation } from '$lib/validation/studies';
import type { ScenarioInput } from '$lib/model';

// The studies are configured over the urban example's catchment (only its structure is used: the
// FLS figures, growth and discounting are the study's); the engine runs once when the server starts.
const studies = runValidation(urban as ScenarioInput);

export const load: PageServerLoad = () => ({ studies });
