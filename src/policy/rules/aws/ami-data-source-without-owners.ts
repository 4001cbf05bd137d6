import { defineRule } from '../../rule';

/** `data "aws_ami"` lookups without `owners` (or with an empty list): the newest public image matching a name wins. */
export default defineRule({
  id: 'aws-ami-data-source-without-owners',
  title: 'AMI lookup does not restrict the image owner',
  severity: 'warning',
  category: 'security',
  targets: ['data.aws_ami'],
  docs: {
    why: 'Without owners, an aws_ami lookup searches every public AMI: anyone can publish an image whose name matches the filter, and with most_recent = true the newest one wins. Instances then boot an attacker\'s image (the "whoAMI" name confusion attack).',
    fix: 'Set owners to the account ids of the publishers you trust (["099720109477"] for Canonical, ["amazon"], or your own account), or "self" for your own images.',
    links: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ami', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/finding-an-ami.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0344'], tfsec: ['aws-ami-ensure-ami-has-owners'] },
  check({ resource, report }) {
    const owners = resource.attr('owners');
    if (owners && (!owners.known || owners.value.kind !== 'list' || owners.value.items.length > 0)) return;
    report({ at: owners ?? resource, message: `${owners ? 'owners is empty' : 'owners is not set'}: any AWS account can publish an image matching this lookup, and the lookup may pick it.` });
  },
});
