import { defineRule } from '../../rule';
import type { BlockView } from '../../resource-view';

const WRITE = new Set(['PUT', 'POST', 'DELETE']);

function strings(b: BlockView, name: string): string[] | undefined {
  const v = b.attr(name)?.value;
  if (!v || v.kind !== 'list') return undefined;
  return v.items.flatMap((x) => (x.kind === 'string' ? [x.value] : []));
}

/** CORS rules that let any web origin send write requests (PUT, POST, DELETE) to the bucket. */
export default defineRule({
  id: 'aws-s3-cors-wildcard-write',
  title: 'S3 CORS rule allows writes from any origin',
  severity: 'warning',
  category: 'security',
  targets: ['aws_s3_bucket_cors_configuration', 'aws_s3_bucket'],
  docs: {
    why: 'A CORS rule with allowed_origins ["*"] and write methods lets scripts on any website send uploads and deletes to the bucket with the visitor\'s presigned URLs or credentials. Browser uploads rarely need more than your own site\'s origin.',
    fix: 'List the exact origins of your application in allowed_origins (https://app.example.com), and keep write methods only in rules that need them.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/cors.html'],
  },
  check({ resource, report }) {
    for (const rule of resource.blocks('cors_rule')) {
      const origins = strings(rule, 'allowed_origins');
      const methods = strings(rule, 'allowed_methods')?.filter((m) => WRITE.has(m.toUpperCase())) ?? [];
      if (!origins?.includes('*') || methods.length === 0) continue;
      report({ at: rule.attr('allowed_origins')!, message: `allowed_origins is "*" for ${methods.join(', ')}: any website can make browsers send write requests to this bucket.` });
    }
  },
});
