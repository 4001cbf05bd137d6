/**
 * Load balancer lookups shared by the ELBv2 rules: a load balancer's type (with the provider's
 * default) and the load balancer a listener belongs to.
 */
import type { Graph, ResourceView } from '../../resource-view';

/** `application`, `network` or `gateway` (load_balancer_type defaults to application); undefined if unknown. */
export function loadBalancerType(lb: ResourceView): string | undefined {
  const t = lb.attr('load_balancer_type');
  if (!t) return 'application';
  return t.value.kind === 'string' ? t.value.value : undefined;
}

/** The aws_lb / aws_alb a listener's load_balancer_arn refers to, when it is in the configuration. */
export function loadBalancerOf(listener: ResourceView, graph: Graph): ResourceView | undefined {
  for (const type of ['aws_lb', 'aws_alb']) {
    for (const lb of graph.ofType(type)) {
      if (graph.referencing(lb, listener.resourceType, 'load_balancer_arn', 'arn').some((l) => l.address === listener.address)) return lb;
    }
  }
  return undefined;
}
