/**
 * The data files the catalogue is built from, with the date their prices were published or captured and
 * their licence, as documented in shared/pricing-data/README.md. A source id is what the catalogue's
 * `source` fields name.
 */

/** One source file (or family of files) with its provenance. */
export interface SourceInfo {
  readonly id: string;
  /** Where the numbers come from, for people. */
  readonly title: string;
  readonly repository: string;
  readonly commit: string;
  /** The date the prices were published or captured (YYYY-MM-DD). */
  readonly asOf: string;
  readonly licence: string;
  /** Paths relative to the pricing-data folder. */
  readonly files: readonly string[];
}

const QP_COMMIT = '0dfc00055a8b58c7227c1de890d79833b4e07f11';
const LAM_COMMIT = '508fb45296c89efe38772babd7ec766644629267';
const YEO_COMMIT = '951cd0d425fd69949e3cec7db7e8238102e2a6f6';

/** Every source the builder may read, by id. */
export const SOURCES = {
  quinnypig: {
    id: 'quinnypig',
    title: 'AWS pricing-page feeds, processed (QuinnyPig/aws-price-watcher)',
    repository: 'github.com/QuinnyPig/aws-price-watcher',
    commit: QP_COMMIT,
    asOf: '2025-06-18',
    licence: 'MIT (repository); prices are AWS published list prices',
    files: ['quinnypig-aws-price-watcher/processed/*.json'],
  },
  'lam-ec2': {
    id: 'lam-ec2',
    title: 'EC2 Linux on-demand feed, flattened (lamngockhuong/aws-price)',
    repository: 'github.com/lamngockhuong/aws-price',
    commit: LAM_COMMIT,
    asOf: '2025-11-04',
    licence: 'no licence file; AWS published list prices, re-derived',
    files: ['lamngockhuong-aws-price/lib/data/pricing/ec2-transformed.json'],
  },
  'lam-natgateway': {
    id: 'lam-natgateway',
    title: 'NAT Gateway pricing-page feed (lamngockhuong/aws-price)',
    repository: 'github.com/lamngockhuong/aws-price',
    commit: LAM_COMMIT,
    asOf: '2025-10-28',
    licence: 'no licence file; AWS published list prices, re-derived',
    files: ['lamngockhuong-aws-price/lib/data/pricing/natgateway.json'],
  },
  'lam-cloudfront': {
    id: 'lam-cloudfront',
    title: 'CloudFront pricing-page feed (lamngockhuong/aws-price)',
    repository: 'github.com/lamngockhuong/aws-price',
    commit: LAM_COMMIT,
    asOf: '2025-07-01',
    licence: 'no licence file; AWS published list prices, re-derived',
    files: ['lamngockhuong-aws-price/lib/data/pricing/cloudfront.json'],
  },
  'yeo-ec2': {
    id: 'yeo-ec2',
    title: 'EC2 Linux on-demand feeds per region (yeo/ec2.shop)',
    repository: 'github.com/yeo/ec2.shop',
    commit: YEO_COMMIT,
    asOf: '2025-04-04',
    licence: 'MIT (repository); prices are AWS published list prices',
    files: ['yeo-ec2.shop/data/ec2/<region>-ondemand.json', 'yeo-ec2.shop/data/ec2/<region>-previousgen-ondemand.json'],
  },
  'yeo-ebs': {
    id: 'yeo-ebs',
    title: 'EBS pricing-page feed (yeo/ec2.shop)',
    repository: 'github.com/yeo/ec2.shop',
    commit: YEO_COMMIT,
    asOf: '2024-07-18',
    licence: 'MIT (repository); prices are AWS published list prices',
    files: ['yeo-ec2.shop/data/ebs/ebs.json'],
  },
  karpenter: {
    id: 'karpenter',
    title: 'EC2 Linux on-demand prices embedded in Karpenter, us-east-1 only',
    repository: 'github.com/aws/karpenter-provider-aws',
    commit: '6fc13b5236fd04fd16ff3f9dc7490d0813994099',
    asOf: '2026-07-20',
    licence: 'Apache-2.0',
    files: ['karpenter-provider-aws/ec2-ondemand-linux-prices.json'],
  },
  'coroot-spot': {
    id: 'coroot-spot',
    title: 'EC2 spot prices, one snapshot per region and type (coroot/cloud-pricing, from infracost\'s pricing dump)',
    repository: 'github.com/coroot/cloud-pricing',
    commit: 'af03eada15b25d80863f2547ba281e71af9d5c91',
    asOf: '2024-08-09',
    licence: 'Apache-2.0',
    files: ['coroot-cloud-pricing/data/cloud-pricing.json.gz'],
  },
} as const satisfies Record<string, SourceInfo>;

/** The id of a shipped source. */
export type SourceId = keyof typeof SOURCES;

/** Display-name → region-code map comes from here (not a price source). */
export const LOCATIONS_FILE = 'lamngockhuong-aws-price/lib/data/locations.json';
