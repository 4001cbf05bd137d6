import { definePricer } from '../../pricer';

/** A Glue crawler. Price: feed glue, "Data catalog crawler run" (per DPU-hour). */
export default definePricer({
  resource: 'aws_glue_crawler',
  docs: 'DPU-hours the crawler runs as usage (AWS picks the DPUs of a crawl; the console reports the DPU-hours of each run).',
  usage: {
    monthly_hours: { unit: 'DPU-hours', description: 'DPU-hours the crawler runs per month (billed per second, 10-minute minimum per crawl).' },
  },
  price() {
    return [{ name: 'Duration', unit: 'DPU-hours', priceKey: 'glue.crawler', usage: 'monthly_hours' }];
  },
});
