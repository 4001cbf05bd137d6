/** A rule's documentation as Markdown, as "Kensa: Show rule documentation" opens it. No vscode import. */
import { RULES, SUPPRESSION_RULES, type Rule } from '../policy';

/** The Markdown text of a rule's documentation, or undefined for an unknown id. */
export function ruleDocsMarkdown(ruleId: string, rules: readonly Rule[] = RULES): string | undefined {
  const rule = rules.find((r) => r.id === ruleId);
  if (rule) {
    const fix = rule.fix ? `${rule.fix} fix` : 'no automatic fix';
    return [
      `# ${rule.id}`,
      '',
      `**${rule.title}**: ${rule.severity}, ${rule.category}, ${fix}. Applies to ${rule.targets.map((t) => `\`${t}\``).join(', ')}.`,
      '',
      rule.docs.why,
      '',
      `**Fix:** ${rule.docs.fix}`,
      '',
      `To accept the risk, write \`# kensa:ignore ${rule.id} <reason>\` on the line above the block or attribute.`,
      ...(rule.docs.links.length ? ['', ...rule.docs.links.map((l) => `- <${l}>`)] : []),
      '',
    ].join('\n');
  }
  const own = Object.values(SUPPRESSION_RULES).find((r) => r.id === ruleId);
  return own ? `# ${own.id}\n\n**${own.title}**: ${own.severity}. Kensa reports it about its own \`# kensa:ignore\` comments.\n` : undefined;
}
