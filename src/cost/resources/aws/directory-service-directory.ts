import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

/**
 * A Directory Service directory. Prices: feed directoryservice, "Small Simple AD or AD Connector", "Large
 * Simple AD", "Large AD Connector" (per directory-hour, both domain controllers included), "<Standard|Enterprise>
 * Domain Controller for Microsoft Active Directory" and "... Shared Account ..." (per hour each).
 */
export default definePricer({
  resource: 'aws_directory_service_directory',
  docs: 'Simple AD and AD Connector by size, per directory-hour; AWS Managed Microsoft AD by edition, per domain controller-hour (desired_number_of_domain_controllers, 2 by default), with more domain controllers and the accounts the directory is shared with as usage. Data transfer between regions is not included.',
  usage: {
    additional_domain_controllers: { unit: 'domain controllers', description: 'Domain controllers beyond desired_number_of_domain_controllers (Microsoft AD), average over the month.' },
    shared_accounts: { unit: 'accounts', description: 'Accounts or VPCs a Microsoft AD directory is shared with, average over the month.' },
  },
  price(ctx) {
    const type = ctx.string('type') ?? 'SimpleAD';
    if (isUnknown(type)) return [unknownComponent('Directory', 'hours', type.unknown)];
    if (type === 'MicrosoftAD') {
      const edition = ctx.string('edition') ?? 'Enterprise';
      if (isUnknown(edition)) return [unknownComponent('Domain controllers', 'hours', edition.unknown)];
      const e = edition.toLowerCase();
      const dcs = ctx.number('desired_number_of_domain_controllers') ?? 2;
      const out: ComponentSpec[] = [];
      if (isUnknown(dcs)) out.push(unknownComponent(`Domain controllers (Microsoft AD ${edition})`, 'hours', dcs.unknown));
      else out.push({ name: `Domain controllers (Microsoft AD ${edition}, ${dcs})`, unit: 'hours', priceKey: `directoryservice.domain-controller/${e}`, quantity: dcs, per: 'hour' });
      out.push(
        { name: 'Additional domain controllers', unit: 'domain controllers (average)', priceKey: `directoryservice.domain-controller/${e}`, unitScale: 730, usage: 'additional_domain_controllers' },
        { name: 'Shared accounts', unit: 'accounts (average)', priceKey: `directoryservice.shared-account/${e}`, unitScale: 730, usage: 'shared_accounts' },
      );
      return out;
    }
    const kind = type === 'ADConnector' ? 'ad-connector' : 'simple-ad';
    const size = ctx.string('size') ?? 'Small';
    if (isUnknown(size)) return [unknownComponent('Directory', 'hours', size.unknown)];
    return [{ name: `Directory (${type === 'ADConnector' ? 'AD Connector' : 'Simple AD'} ${size})`, unit: 'hours', priceKey: `directoryservice.directory/${kind}/${size.toLowerCase()}`, quantity: 1, per: 'hour' }];
  },
});
