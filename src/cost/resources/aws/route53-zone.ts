import { definePricer } from '../../pricer';

/** A Route 53 hosted zone: a monthly price, at the rate of the first 25 zones of an account. */
export default definePricer({
  resource: 'aws_route53_zone',
  docs: 'One hosted zone per month (public or private) at the rate of the first 25 zones of an account; zones beyond the 25th cost less, which depends on the whole account. Queries are priced with aws_route53_record.',
  price() {
    return [{ name: 'Hosted zone (first 25 per account)', unit: 'months', priceKey: 'route53.zone/0', quantity: 1, per: 'month' }];
  },
});
