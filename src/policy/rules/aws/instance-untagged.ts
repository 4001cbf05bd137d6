import { defineRule } from '../../rule';

/** EC2 instances with no tags at all, counting the provider's default_tags. */
export default defineRule({
  id: 'aws-instance-untagged',
  title: 'EC2 instance has no tags',
  severity: 'info',
  category: 'governance',
  targets: ['aws_instance'],
  docs: {
    why: 'An instance without any tag, not even a Name, shows up in the console and the bill as an anonymous ID: nobody can tell what it runs, who owns it or whether it can be stopped, and it escapes tag-based backups, patching and cost reports.',
    fix: 'Give it at least Name and owner tags, or set provider "aws" { default_tags { tags = { ... } } } once for every resource. kensa.jsonc "requiredTags" makes specific keys mandatory (aws-resource-missing-required-tags).',
    links: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html'],
  },
  check({ resource, report }) {
    const tags = resource.effectiveTags;
    if (tags.kind !== 'object' || tags.entries.size > 0) return;
    const attr = resource.attr('tags');
    report({ at: attr ?? resource, message: `${attr ? 'tags is empty' : 'No tags'} and the provider sets no default_tags: the instance carries no name or owner.` });
  },
});
