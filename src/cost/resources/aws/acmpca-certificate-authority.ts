import { definePricer, isUnknown, unknownComponent } from '../../pricer';

/**
 * An ACM Private CA certificate authority: a monthly fee by usage mode and the certificates it issues.
 * Prices: feed certificatemanager, "Certificate Authority Paid" (general purpose) and "Short lived
 * Certificate Authority"; certificates "Certificate Issued from 0 to 1000 / 1000 to 10000 / 10001 and
 * above" and "Short lived Certificate Issued".
 */
export default definePricer({
  resource: 'aws_acmpca_certificate_authority',
  docs: 'The monthly fee of the certificate authority by usage_mode (general purpose, or short-lived certificates), and the private certificates it issues as usage, tiered by certificates per month (AWS counts the tiers across the account and region). OCSP responses are not included. A disabled or deleted CA in its restore window is still charged.',
  usage: {
    monthly_requests: { unit: 'certificates', description: 'Private certificates issued per month.' },
  },
  price(ctx) {
    const mode = ctx.string('usage_mode') ?? 'GENERAL_PURPOSE';
    if (isUnknown(mode)) return [unknownComponent('Private certificate authority', 'months', mode.unknown)];
    const shortLived = mode === 'SHORT_LIVED_CERTIFICATE';
    const kind = shortLived ? 'short-lived' : 'general-purpose';
    return [
      { name: `Private certificate authority (${shortLived ? 'short-lived certificates' : 'general purpose'})`, unit: 'months', priceKey: `acmpca.authority/${kind}`, quantity: 1, per: 'month' },
      { name: 'Certificates issued', unit: 'certificates', priceKey: `acmpca.certificates/${kind}`, tiered: true, usage: 'monthly_requests' },
    ];
  },
});
