/**
 * Minimum-cost flow on a small network with real capacities, by successive shortest paths
 * (Bellman-Ford on the residual network, so negative residual costs need no potentials).
 * Ahuja, Magnanti and Orlin, Network Flows (1993), ch. 9: each augmentation along a cheapest
 * residual path keeps the flow optimal for its value, so the last flow is a minimum-cost flow of
 * the largest value the network carries. Site choice sends every patient somewhere (today's service
 * has no capacity limit), so the largest value is all the patients.
 *
 * Capacities below EPS count as empty: patients a year are real numbers, and a path whose
 * bottleneck is 1e-15 patients is rounding, not flow.
 */
export const FLOW_EPS = 1e-9;

export class FlowNetwork {
	readonly nodes: number;
	private readonly to: number[] = [];
	private readonly cap: number[] = [];
	private readonly cost: number[] = [];
	private readonly head: number[];
	private readonly next: number[] = [];

	constructor(nodes: number) {
		this.nodes = nodes;
		this.head = new Array<number>(nodes).fill(-1);
	}

	/** Adds an arc and its reverse; returns the arc's index (its flow is read with flowOn). */
	addArc(from: number, to: number, capacity: number, cost: number): number {
		const e = this.to.length;
		this.push(from, to, Math.max(0, capacity), cost);
		this.push(to, from, 0, -cost);
		return e;
	}

	private push(from: number, to: number, cap: number, cost: number): void {
		this.to.push(to);
		this.cap.push(cap);
		this.cost.push(cost);
		this.next.push(this.head[from] as number);
		this.head[from] = this.to.length - 1;
	}

	/** Flow carried by an arc added with addArc (the residual capacity of its reverse). */
	flowOn(arc: number): number {
		return this.cap[arc ^ 1] as number;
	}

	/**
	 * Sends as much flow as possible from source to sink at least cost; returns the flow and cost.
	 * Each round finds a cheapest residual path with Bellman-Ford (at most nodes - 1 passes) and
	 * pushes its bottleneck along it.
	 */
	solve(source: number, sink: number): { flow: number; cost: number } {
		const n = this.nodes;
		const dist = new Float64Array(n);
		const via = new Int32Array(n);
		let flow = 0;
		let total = 0;
		for (;;) {
			dist.fill(Infinity);
			via.fill(-1);
			dist[source] = 0;
			for (let pass = 0; pass < n - 1; pass++) {
				let changed = false;
				for (let u = 0; u < n; u++) {
					const du = dist[u] as number;
					if (du === Infinity) continue;
					for (let e = this.head[u] as number; e !== -1; e = this.next[e] as number) {
						if ((this.cap[e] as number) <= FLOW_EPS) continue;
						const v = this.to[e] as number;
						const dv = du + (this.cost[e] as number);
						if (dv < (dist[v] as number) - 1e-12) {
							dist[v] = dv;
							via[v] = e;
							changed = true;
						}
					}
				}
				if (!changed) break;
			}
			if (dist[sink] === Infinity) break;
			let push = Infinity;
			for (let v = sink; v !== source; v = this.to[(via[v] as number) ^ 1] as number) push = Math.min(push, this.cap[via[v] as number] as number);
			if (!(push > FLOW_EPS) || push === Infinity) break;
			for (let v = sink; v !== source; v = this.to[(via[v] as number) ^ 1] as number) {
				const e = via[v] as number;
				this.cap[e] = (this.cap[e] as number) - push;
				this.cap[e ^ 1] = (this.cap[e ^ 1] as number) + push;
			}
			flow += push;
			total += push * (dist[sink] as number);
		}
		return { flow, cost: total };
	}
}
