/**
 * The check shared by the four IAM password policy character-class rules, one per class, as
 * Checkov and Trivy check them: the requirement false or left out (each defaults to false).
 */
import type { CheckContext } from '../../rule';

export type PasswordRequirement = 'require_lowercase_characters' | 'require_uppercase_characters' | 'require_numbers' | 'require_symbols';

/** A check reporting `requirement` when it is false or not set; `what` names the character class. */
export function checkPasswordRequirement(requirement: PasswordRequirement, what: string): (ctx: CheckContext) => void {
  return ({ resource, report, fix }) => {
    const attr = resource.attr(requirement);
    if (attr && (!attr.known || attr.value.kind !== 'bool' || attr.value.value)) return;
    report({
      at: attr ?? resource,
      message: `${requirement} is ${attr ? 'false' : 'not set (default false)'}: passwords need no ${what}, so simple words and digit strings are accepted.`,
      fixes: [{ title: `Set ${requirement} = true`, edits: fix.set(resource, requirement, 'true') }],
    });
  };
}
