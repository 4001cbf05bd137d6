variable "context" {
  type    = any
  default = {}
}
variable "versioning_enabled" {
  type    = bool
  default = true
}
variable "lifecycle_rules" {
  type = list(object({
    id         = string
    enabled    = optional(bool, true)
    expiration = optional(object({ days = optional(number) }))
  }))
  default = null
}

module "this" {
  source  = "../label"
  context = var.context
}

locals {
  enabled = module.this.enabled
  rules   = var.lifecycle_rules == null ? [] : var.lifecycle_rules
}

resource "aws_s3_bucket" "default" {
  count  = local.enabled ? 1 : 0
  bucket = module.this.id
  tags   = module.this.tags
}

resource "aws_s3_bucket_versioning" "default" {
  count  = local.enabled ? 1 : 0
  bucket = join("", aws_s3_bucket.default[*].id)
  versioning_configuration {
    status = var.versioning_enabled ? "Enabled" : "Suspended"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "default" {
  count  = local.enabled && length(local.rules) > 0 ? 1 : 0
  bucket = one(aws_s3_bucket.default[*].id)

  dynamic "rule" {
    for_each = local.rules
    content {
      id     = rule.value.id
      status = rule.value.enabled ? "Enabled" : "Disabled"
      dynamic "expiration" {
        for_each = rule.value.expiration == null ? [] : [rule.value.expiration]
        content {
          days = expiration.value.days
        }
      }
    }
  }
}

resource "aws_s3_bucket_public_access_block" "default" {
  count                   = local.enabled ? 1 : 0
  bucket                  = one(aws_s3_bucket.default[*].id)
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

output "bucket_id" {
  value = local.enabled ? join("", aws_s3_bucket.default[*].id) : ""
}
output "bucket_arn" {
  value = one(aws_s3_bucket.default[*].arn)
}
