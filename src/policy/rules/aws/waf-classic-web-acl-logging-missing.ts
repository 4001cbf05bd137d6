import { defineRule } from '../../rule';

/** A WAF Classic web ACL (global or regional) without `logging_configuration { log_destination }`. */
export default defineRule({
  id: 'aws-waf-classic-web-acl-logging-missing',
  title: 'WAF Classic web ACL without logging',
  severity: 'warning',
  category: 'security',
  targets: ['aws_waf_web_acl', 'aws_wafregional_web_acl'],
  docs: {
    why: 'Without a logging configuration, WAF Classic keeps no record of the requests it allowed or blocked: attacks cannot be investigated and false positives cannot be traced to a rule. (WAF Classic is retired: new protections should use WAFv2, aws_wafv2_web_acl.)',
    fix: 'Add logging_configuration { log_destination = aws_kinesis_firehose_delivery_stream.<name>.arn } with a Firehose stream whose name starts with "aws-waf-logs-", or migrate the web ACL to WAFv2.',
    links: ['https://docs.aws.amazon.com/waf/latest/developerguide/classic-logging.html'],
  },
  equivalents: { checkov: ['CKV_AWS_176'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('logging_configuration')) return;
    if (resource.attrAt('logging_configuration.log_destination')) return;
    report({ at: resource, message: 'No logging_configuration log_destination: the requests this web ACL allows and blocks are not logged.' });
  },
});
