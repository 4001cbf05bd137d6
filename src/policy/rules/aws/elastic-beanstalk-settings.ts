/** Reading an Elastic Beanstalk environment's `setting { namespace name value }` blocks. */
import type { BlockView } from '../../resource-view';

/** The `setting` block of a namespace and option name, if written with known strings. */
export function beanstalkSetting(resource: BlockView, namespace: string, name: string): BlockView | undefined {
  return resource.blocks('setting').find((s) => {
    const ns = s.attr('namespace')?.value;
    const n = s.attr('name')?.value;
    return ns?.kind === 'string' && ns.value === namespace && n?.kind === 'string' && n.value === name;
  });
}
