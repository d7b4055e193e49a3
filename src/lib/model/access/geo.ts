/**
 * Journeys estimated from latitude and longitude, for sites whose road distance and drive time
 * nobody has typed in. Straight-line distance is the great-circle (haversine) distance on a sphere
 * of the Earth's mean radius; the road distance is that times a road (detour) factor, and the drive
 * time is the road distance at an average speed. A return journey is twice the one-way journey.
 */

/** Mean radius of the Earth in statute miles (6,371.0088 km, IUGG mean radius / 1.609344). */
export const EARTH_RADIUS_MILES = 3958.7613;

/**
 * Road distance over straight-line distance. Boscoe, Henry and Zdeb (Prof Geogr 2012;64(2),
 * "A nationwide comparison of driving distance versus straight-line distance to hospitals") found
 * driving distance a close multiple of straight-line distance (r2 > 0.9), with a mean ratio of
 * about 1.4 over 66,000 US locations. A placeholder for English counties: check a few pairs on a
 * route planner and set the local figure.
 */
export const DEFAULT_ROAD_FACTOR = 1.4;
export const ROAD_FACTOR_SOURCE =
	'Placeholder: about 1.4, the mean ratio of driving to straight-line distance to hospitals in Boscoe et al., Prof Geogr 2012;64(2) (US); check local pairs on a route planner';

/**
 * Average door-to-door driving speed for a hospital trip in a mixed rural and town county. A
 * placeholder chosen between urban (about 20 mph) and rural A-road (about 40 mph) averages; replace
 * with drive times from a route planner for the county's own roads.
 */
export const DEFAULT_SPEED_MPH = 30;
export const SPEED_SOURCE = 'Placeholder: 30 mph door to door, between urban and rural A-road averages; replace with local route-planner times';

export interface LatLon {
	/** Degrees north, -90 to 90. */
	lat: number;
	/** Degrees east, -180 to 180 (the UK is mostly negative). */
	lon: number;
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in miles (haversine formula). */
export function straightLineMiles(a: LatLon, b: LatLon): number {
	const dLat = rad(b.lat - a.lat);
	const dLon = rad(b.lon - a.lon);
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
	// min(1, ...) keeps asin defined when rounding pushes h a hair above 1 for antipodal points.
	return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface Journey {
	/** Return journey, miles. */
	returnMiles: number;
	/** Return journey, minutes. */
	returnMinutes: number;
}

/**
 * A return journey estimated from two points: road miles = straight-line miles x road factor,
 * minutes = road miles / speed x 60, each doubled for the way back.
 * Example: 10 straight-line miles, factor 1.4, 30 mph: 14 road miles and 28 minutes each way,
 * so 28 miles and 56 minutes return.
 */
export function estimateJourney(from: LatLon, to: LatLon, roadFactor = DEFAULT_ROAD_FACTOR, speedMph = DEFAULT_SPEED_MPH): Journey {
	const oneWayMiles = straightLineMiles(from, to) * roadFactor;
	return { returnMiles: 2 * oneWayMiles, returnMinutes: speedMph > 0 ? (2 * oneWayMiles * 60) / speedMph : 0 };
}
