import { defineRule } from '../../rule';
import type { AttributeView } from '../../resource-view';
import { policyStatements, type Statement } from '../support/policy-document';
import { companionsOf } from './s3-companions';

/** A Deny statement for requests without TLS: `aws:SecureTransport` false, or a minimum `s3:TlsVersion`. */
function deniesPlainHttp(statements: readonly Statement[]): boolean | undefined {
  let unknown = false;
  for (const s of statements) {
    if (s.statedEffect === undefined || s.conditions === undefined) {
      unknown = true;
      continue;
    }
    if (s.statedEffect !== 'Deny') continue;
    for (const c of s.conditions) {
      const key = c.key.toLowerCase();
      if (key === 'aws:securetransport' && /^bool(ifexists)?$/i.test(c.operator) && c.values.includes('false')) return true;
      if (key === 's3:tlsversion' && /^numericlessthan/i.test(c.operator)) return true;
    }
  }
  return unknown ? undefined : false;
}

/**
 * Buckets whose policy does not deny plain-HTTP requests. Without a bucket policy at all, the fix
 * adds one with the standard statement; an existing policy needs a statement added by hand.
 */
export default defineRule({
  id: 'aws-s3-bucket-insecure-transport',
  title: 'S3 bucket accepts requests without TLS',
  severity: 'warning',
  category: 'security',
  targets: ['aws_s3_bucket'],
  docs: {
    why: 'S3 answers plain HTTP as well as HTTPS. Unless the bucket policy denies requests where aws:SecureTransport is false, a misconfigured client or SDK endpoint can send credentials-signed requests and data in clear text that anyone on the path can read or alter.',
    fix: 'Add a bucket policy statement with Effect "Deny", Principal "*", Action "s3:*", the bucket and its objects as Resource, and Condition { Bool = { "aws:SecureTransport" = "false" } }.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
      'https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule',
    ],
  },
  fix: 'unsafe',
  whenUnknown: 'info',
  check({ resource, graph, report, undecided, fix }) {
    const { found, unsure } = companionsOf(resource, graph, 'aws_s3_bucket_policy');
    const policies: AttributeView[] = found.flatMap((p) => {
      const a = p.attr('policy');
      return a ? [a] : [];
    });
    const legacy = resource.attr('policy');
    if (legacy) policies.push(legacy);
    if (policies.length === 0) {
      if (unsure) return;
      const single = resource.instance.key === undefined && !resource.instance.expansionUnknown;
      const n = resource.name;
      const policy = `resource "aws_s3_bucket_policy" "${n}" {
  bucket = aws_s3_bucket.${n}.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.${n}.arn, "\${aws_s3_bucket.${n}.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}`;
      report({
        at: resource,
        message: 'The bucket has no bucket policy, so nothing denies requests made over plain HTTP.',
        fixes: single ? [{ title: 'Add a bucket policy denying requests without TLS', edits: fix.addAfter(resource, policy) }] : [],
      });
      return;
    }
    for (const attr of policies) {
      const statements = policyStatements(attr, graph);
      const denies = statements ? deniesPlainHttp(statements) : undefined;
      if (denies === true) return;
      if (denies === undefined) {
        undecided(attr, statements ? 'some of the bucket policy\'s statements are known only after apply' : 'the bucket policy is known only after apply');
        return;
      }
    }
    report({
      at: policies[0]!,
      message: 'The bucket policy has no Deny statement for aws:SecureTransport = "false", so the bucket also answers plain-HTTP requests.',
    });
  },
});
