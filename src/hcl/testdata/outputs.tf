output "vpc_id" {
  description = "The ID of the VPC"
  value       = try(aws_vpc.this[0].id, null)
}

output "private_subnets" {
  description = "List of IDs of private subnets"
  value       = aws_subnet.private[*].id
}

output "public_subnet_ids_by_az" {
  description = "Public subnet IDs keyed by availability zone"
  value       = { for az, subnet in aws_subnet.public : az => subnet.id }
}

output "nat_public_ips" {
  description = "List of public Elastic IPs created for AWS NAT Gateway"
  value       = var.reuse_nat_ips ? var.external_nat_ips : aws_eip.nat[*].public_ip
}

output "cluster_endpoint" {
  description = "Endpoint for your Kubernetes API server"
  value       = try(aws_eks_cluster.this[0].endpoint, null)
}

output "kubeconfig" {
  description = "A kubeconfig for the cluster"
  sensitive   = true
  value       = <<-KUBECONFIG
    apiVersion: v1
    kind: Config
    clusters:
    - cluster:
        server: ${aws_eks_cluster.this[0].endpoint}
        certificate-authority-data: ${aws_eks_cluster.this[0].certificate_authority[0].data}
      name: ${var.cluster_name}
    users:
    - name: ${var.cluster_name}
      user:
        exec:
          apiVersion: client.authentication.k8s.io/v1beta1
          command: aws
          args: ["eks", "get-token", "--cluster-name", "${var.cluster_name}"]
  KUBECONFIG
}

output "db_instance_address" {
  description = "The address of the RDS instance"
  value       = try(aws_db_instance.this[0].address, null)
}

output "db_connection_string" {
  description = "A connection string without the password"
  value       = "postgresql://${var.username}@${try(aws_db_instance.this[0].endpoint, "")}/${var.db_name}?sslmode=require"
  sensitive   = false
}

output "s3_bucket_arn" {
  description = "The ARN of the bucket. Will be of format arn:aws:s3:::bucketname."
  value       = try(aws_s3_bucket.this[0].arn, "")
  depends_on  = [aws_s3_bucket_policy.this]
}

output "iam_role_arns" {
  value = merge(
    { main = try(aws_iam_role.this[0].arn, "") },
    { for k, r in aws_iam_role.node : "node-${k}" => r.arn },
  )
}

output "summary" {
  value = <<EOT
VPC ${try(aws_vpc.this[0].id, "(none)")} with %{ if length(var.azs) > 1 }${length(var.azs)} zones%{ else }one zone%{ endif }.
%{ for i, s in var.private_subnets ~}
  private[${i}] = ${s}
%{ endfor ~}
EOT
}

output "precondition_example" {
  value = aws_vpc.this[0].cidr_block

  precondition {
    condition     = aws_vpc.this[0].enable_dns_support
    error_message = "DNS support must be enabled."
  }
}
