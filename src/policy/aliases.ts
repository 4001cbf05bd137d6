/**
 * Resource types that are another type under an older name: the AWS provider's `aws_alb*` are its
 * `aws_lb*`, with the same arguments. A rule targeting one checks the other.
 */
export const TYPE_ALIASES: Readonly<Record<string, string>> = {
  aws_alb: 'aws_lb',
  aws_alb_listener: 'aws_lb_listener',
  aws_alb_listener_certificate: 'aws_lb_listener_certificate',
  aws_alb_listener_rule: 'aws_lb_listener_rule',
  aws_alb_target_group: 'aws_lb_target_group',
  aws_alb_target_group_attachment: 'aws_lb_target_group_attachment',
};

/** A type with its aliases: `aws_lb` and `aws_alb`, whichever is given. */
export function withAliases(type: string): string[] {
  const canonical = TYPE_ALIASES[type] ?? type;
  return [canonical, ...Object.keys(TYPE_ALIASES).filter((a) => TYPE_ALIASES[a] === canonical)];
}
