import { definePricer, unknownComponent, type ComponentSpec } from '../../pricer';

/** A Transfer Family server. Prices: feed transfer, "Transfer <SFTP|FTPS|FTP|AS2> per Hourly" (per protocol-hour), "Transfer SFTP Upload/Download per GB". */
export default definePricer({
  resource: 'aws_transfer_server',
  docs: 'Hours of each protocol enabled on the server (protocols, SFTP by default), and data uploaded and downloaded as usage. AS2 messages, decryption and connectors are not included.',
  usage: {
    monthly_data_uploaded_gb: { unit: 'GB', description: 'Data uploaded through the server per month.' },
    monthly_data_downloaded_gb: { unit: 'GB', description: 'Data downloaded through the server per month.' },
  },
  price(ctx) {
    const v = ctx.get('protocols');
    const out: ComponentSpec[] = [];
    if (v?.kind === 'unknown') out.push(unknownComponent('Protocols enabled', 'hours', `protocols is ${v.reason}`));
    else {
      const protocols = v?.kind === 'list' ? v.items.map((p) => (p.kind === 'string' ? p.value : undefined)) : ['SFTP'];
      for (const p of protocols) {
        if (p === undefined) out.push(unknownComponent('Protocol enabled', 'hours', 'a protocol is not known before apply'));
        else out.push({ name: `Protocol enabled (${p})`, unit: 'hours', priceKey: `transferfamily.protocol/${p.toLowerCase()}`, quantity: 1, per: 'hour' });
      }
    }
    out.push(
      { name: 'Data uploaded', unit: 'GB', priceKey: 'transferfamily.data/upload', usage: 'monthly_data_uploaded_gb' },
      { name: 'Data downloaded', unit: 'GB', priceKey: 'transferfamily.data/download', usage: 'monthly_data_downloaded_gb' },
    );
    return out;
  },
});
