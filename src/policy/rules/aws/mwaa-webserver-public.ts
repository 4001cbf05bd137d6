import { defineRule } from '../../rule';

/** An MWAA environment with `webserver_access_mode` other than "PRIVATE_ONLY" (the default). */
export default defineRule({
  id: 'aws-mwaa-webserver-public',
  title: 'MWAA Airflow web server reachable from the internet',
  severity: 'warning',
  category: 'security',
  targets: ['aws_mwaa_environment'],
  docs: {
    why: 'With PUBLIC_ONLY, the Airflow UI and its REST API get an internet-facing endpoint: only an IAM-signed login stands between anyone on the internet and a tool that can trigger DAGs, read connections and variables (often credentials) and run code on the workers.',
    fix: 'Set webserver_access_mode = "PRIVATE_ONLY" (the default) and reach the UI through a VPN, AWS Client VPN or a bastion in the VPC, with a VPC endpoint for the web server.',
    links: ['https://docs.aws.amazon.com/mwaa/latest/userguide/configuring-networking.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_66'] },
  // unsafe: users who open the UI from the internet lose access until a private path exists
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const mode = resource.attr('webserver_access_mode');
    if (!mode || !mode.known || (mode.value.kind === 'string' && mode.value.value === 'PRIVATE_ONLY')) return;
    report({
      at: mode,
      message: `webserver_access_mode is ${mode.value.kind === 'string' ? `"${mode.value.value}"` : 'not "PRIVATE_ONLY"'}: the Airflow UI and API are reachable from the internet.`,
      fixes: [{ title: 'Make the web server private (reach it through the VPC)', edits: fix.set(resource, 'webserver_access_mode', '"PRIVATE_ONLY"') }],
    });
  },
});
