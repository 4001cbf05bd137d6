import { definePricer, isUnknown, unknownComponent } from '../../pricer';

/**
 * A dedicated Direct Connect connection: port hours by bandwidth. Prices: feed directconnect, "Direct Connect
 * <1G|10G> <location>" per port-hour; a region is priced only where every Direct Connect location the feed lists
 * for it charges the same (Tokyo's locations disagree, so ap-northeast-1 has no price).
 */
export default definePricer({
  resource: 'aws_dx_connection',
  infracostUsage: {
    monthly_outbound_from_region_to_dx_connection_location: { unused: 'Data transfer out over Direct Connect is not priced.' },
    dx_virtual_interface_type: { unused: 'Data transfer out over Direct Connect is not priced.' },
    dx_connection_type: { unused: 'aws_dx_connection is a dedicated connection.' },
  },
  docs: 'Port hours by bandwidth (dedicated connections; 1 and 10 Gbps in the price data). Data transfer out over the connection is priced by Direct Connect location, which the price data names by facility rather than by the location code the resource sets, so it is not included.',
  price(ctx) {
    const bw = ctx.string('bandwidth');
    if (bw === undefined || isUnknown(bw)) return [unknownComponent('Port', 'hours', bw === undefined ? 'bandwidth is not set' : bw.unknown)];
    const m = /^([0-9]+)(Mbps|Gbps)$/i.exec(bw);
    if (!m) return [unknownComponent(`Port (${bw})`, 'hours', `bandwidth "${bw}" is not a bandwidth the price data knows`)];
    return [{ name: `Port (dedicated, ${bw})`, unit: 'hours', priceKey: `directconnect.port/dedicated/${m[1]}${m[2]!.toLowerCase()}`, quantity: 1, per: 'hour' }];
  },
});
