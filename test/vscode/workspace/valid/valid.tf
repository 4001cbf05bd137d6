# A valid module: no diagnostics expected.
variable "environment" {
  type        = string
  description = "Déploiement: dev, staging or prod 🚀"
  default     = "dev"
}

locals {
  name = "kensa-${var.environment}"
  tags = {
    Environment = var.environment
    Owner       = "platform"
  }
}

resource "aws_s3_bucket" "logs" {
  bucket = "${local.name}-logs"
  tags   = merge(local.tags, { Purpose = "logs" })
}

resource "aws_iam_policy" "read_logs" {
  name   = "${local.name}-read-logs"
  policy = <<-JSON
    {
      "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "${aws_s3_bucket.logs.arn}/*" }]
    }
  JSON
}

output "bucket" {
  value = [for b in [aws_s3_bucket.logs] : b.id if b.bucket != ""]
}
