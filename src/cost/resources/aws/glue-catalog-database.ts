import { definePricer } from '../../pricer';

/** A Glue Data Catalog database. Prices: feed glue, "Data catalog storage" (per object-month) and "Data catalog requests" (per request). */
export default definePricer({
  resource: 'aws_glue_catalog_database',
  docs: 'Objects stored (tables, partitions, versions) and requests as usage. The first million objects and the first million requests a month are free per account, which this per-database figure does not subtract.',
  usage: {
    monthly_objects: { unit: 'objects', description: 'Objects (tables, table versions, partitions, indexes) stored in the database.' },
    monthly_requests: { unit: 'requests', description: 'Data Catalog requests per month.' },
  },
  price() {
    return [
      { name: 'Storage', unit: '100k objects', priceKey: 'glue.catalog-storage', unitScale: 1e5, rawUsage: true, usage: 'monthly_objects' },
      { name: 'Requests', unit: '1M requests', priceKey: 'glue.catalog-requests', unitScale: 1e6, rawUsage: true, usage: 'monthly_requests' },
    ];
  },
});
