import { defineRule } from '../../rule';

/** A Transfer Family server whose `protocols` include plain "FTP". */
export default defineRule({
  id: 'aws-transfer-server-ftp-enabled',
  title: 'Transfer Family server accepts plain FTP',
  severity: 'error',
  category: 'security',
  targets: ['aws_transfer_server'],
  docs: {
    why: 'FTP sends user names, passwords and every file in clear text: anyone on the network path can read and alter the transfers and reuse the credentials. SFTP and FTPS encrypt both.',
    fix: 'Remove "FTP" from protocols and have clients use "SFTP" (or "FTPS" with a certificate). Plain FTP is only accepted on VPC endpoints, so it is usually a legacy setting that can go.',
    links: ['https://docs.aws.amazon.com/transfer/latest/userguide/create-server-ftp.html'],
  },
  equivalents: { checkov: ['CKV_AWS_357'] },
  // unsafe: clients still connecting with plain FTP are cut off
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const protocols = resource.attr('protocols');
    if (!protocols || protocols.value.kind !== 'list') return;
    if (!protocols.value.items.some((p) => p.kind === 'string' && p.value === 'FTP')) return;
    const rest = protocols.value.items.filter((p) => !(p.kind === 'string' && p.value === 'FTP'));
    const fixable = rest.length > 0 && rest.every((p) => p.kind === 'string');
    report({
      at: protocols,
      message: 'protocols include "FTP": credentials and files travel unencrypted.',
      fixes: fixable ? [{ title: 'Stop accepting plain FTP (FTP clients must move to SFTP or FTPS)', edits: fix.set(resource, 'protocols', `[${rest.map((p) => JSON.stringify(p.kind === 'string' ? p.value : '')).join(', ')}]`) }] : [],
    });
  },
});
