import { definePricer } from '../../pricer';

/** An EKS Fargate profile: the vCPU and memory of the pods it runs, as usage. */
export default definePricer({
  resource: 'aws_eks_fargate_profile',
  docs: 'vCPU-hours and GB-hours of the pods the profile schedules on Fargate (Linux/x86), as usage: pods x vCPU (or GB) per pod x hours. Fargate rounds each pod up to a supported size and adds 256 MB for Kubernetes components.',
  usage: {
    monthly_vcpu_hours: { unit: 'vCPU-hours', description: 'Pods x vCPU per pod x hours running, per month (2 pods of 0.5 vCPU all month: 730).' },
    monthly_gb_hours: { unit: 'GB-hours', description: 'Pods x GB per pod (including the 256 MB Fargate adds) x hours running, per month.' },
  },
  price() {
    return [
      { name: 'Fargate vCPU (Linux/x86)', unit: 'vCPU-hours', priceKey: 'fargate.vcpu/x86', usage: 'monthly_vcpu_hours', discount: 'fargate' },
      { name: 'Fargate memory (Linux/x86)', unit: 'GB-hours', priceKey: 'fargate.memory/x86', usage: 'monthly_gb_hours', discount: 'fargate' },
    ];
  },
});
