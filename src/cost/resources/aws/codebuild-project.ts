import { definePricer, isUnknown, unknownComponent } from '../../pricer';

const SIZE: Readonly<Record<string, string>> = {
  BUILD_GENERAL1_SMALL: 'small', BUILD_GENERAL1_MEDIUM: 'medium', BUILD_GENERAL1_LARGE: 'large', BUILD_GENERAL1_XLARGE: 'xlarge', BUILD_GENERAL1_2XLARGE: '2xlarge',
};

/**
 * A CodeBuild project: build minutes on on-demand EC2 compute. Prices: feed codebuild, "OnDemand-EC2
 * <Linux|Windows>-computetype-<general1|arm1|gpu1>.<size>" (per build minute).
 */
export default definePricer({
  resource: 'aws_codebuild_project',
  docs: 'Build minutes as usage, at the rate of the environment\'s compute_type and type (Linux, Arm, Linux GPU or Windows containers). Lambda compute, reserved capacity fleets and the free tier are not included.',
  usage: {
    monthly_build_mins: { unit: 'minutes', description: 'Build minutes per month.' },
  },
  price(ctx) {
    const compute = ctx.string('environment.compute_type');
    const type = ctx.string('environment.type');
    if (compute === undefined || isUnknown(compute)) return [unknownComponent('Build minutes', 'minutes', compute === undefined ? 'environment.compute_type is not set' : compute.unknown)];
    if (type === undefined || isUnknown(type)) return [unknownComponent('Build minutes', 'minutes', type === undefined ? 'environment.type is not set' : type.unknown)];
    const size = SIZE[compute];
    if (!size) return [unknownComponent(`Build minutes (${compute})`, 'minutes', `compute type ${compute} (Lambda or a reserved fleet) is not priced`)];
    const family = type === 'ARM_CONTAINER' ? 'arm1' : type === 'LINUX_GPU_CONTAINER' ? 'gpu1' : 'general1';
    const os = type.startsWith('WINDOWS') ? 'windows' : 'linux';
    return [{ name: `Build minutes (${os === 'windows' ? 'Windows' : 'Linux'}, ${family}.${size})`, unit: 'minutes', priceKey: `codebuild.compute/${os}/${family}.${size}`, usage: 'monthly_build_mins' }];
  },
});
