import { definePricer } from '../../pricer';
import { searchDomainComponents } from './opensearch-domain';

export default definePricer({
  resource: 'aws_elasticsearch_domain',
  infracostUsage: {
    reserved_instance_term: { reservation: true },
    reserved_instance_payment_option: { reservation: true },
  },
  docs: 'Priced as aws_opensearch_domain (the same service and prices; `.elasticsearch` instance types are the `.search` ones): data nodes and dedicated masters; EBS storage and UltraWarm are listed without a price, as the shipped catalogue has none.',
  price: searchDomainComponents,
});
