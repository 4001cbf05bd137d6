import { defineRule } from '../../rule';

/**
 * A repository without scan on push (`image_scanning_configuration.scan_on_push` defaults to
 * false). A registry scanning configuration in the same configuration (which overrides the
 * repository setting) silences it.
 */
export default defineRule({
  id: 'aws-ecr-scan-on-push-disabled',
  title: 'ECR repository does not scan images on push',
  severity: 'warning',
  category: 'security',
  targets: ['aws_ecr_repository'],
  docs: {
    why: 'Without scanning, images with known vulnerable packages (a log4j, an OpenSSL CVE) are pushed and deployed without anyone being told. Basic scanning on push is free and flags known CVEs within minutes.',
    fix: 'Add image_scanning_configuration { scan_on_push = true }, or configure registry-wide scanning (basic or Amazon Inspector enhanced) with aws_ecr_registry_scanning_configuration.',
    links: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html'],
  },
  equivalents: { checkov: ['CKV_AWS_163'], trivy: ['AVD-AWS-0030'], tfsec: ['aws-ecr-enable-image-scans'] },
  fix: 'safe',
  check({ resource, graph, report, fix }) {
    if (graph.ofType('aws_ecr_registry_scanning_configuration').length > 0) return;
    if (resource.hasUnknownBlocks('image_scanning_configuration')) return;
    const scan = resource.attrAt('image_scanning_configuration.scan_on_push');
    if (scan && (!scan.known || (scan.value.kind === 'bool' && scan.value.value))) return;
    report({
      at: scan ?? resource.blocks('image_scanning_configuration')[0] ?? resource,
      message: scan ? 'scan_on_push is false: pushed images are not scanned for known vulnerabilities.' : 'No image_scanning_configuration: pushed images are not scanned for known vulnerabilities (scan_on_push defaults to false).',
      fixes: [{ title: 'Scan images on push', edits: fix.ensure(resource, ['image_scanning_configuration', 'scan_on_push'], 'true') }],
    });
  },
});
