# A security group module driven by a table of named rules: count over a list of rule names,
# lookups into a map of tuples, maps of strings with optional keys, and a for_each over toset().
module "web_sg" {
  source              = "./modules/sg"
  name                = "web"
  vpc_id              = "vpc-123"
  ingress_rules       = ["https-443-tcp", "http-80-tcp"]
  ingress_cidr_blocks = ["10.0.0.0/16"]
  ingress_with_cidr_blocks = [
    { rule = "ssh-tcp", cidr_blocks = "10.10.0.0/16,10.20.0.0/16", description = "bastions" },
    { from_port = 8080, to_port = 8090, protocol = "tcp" },
  ]
}

variable "buckets" {
  type    = list(string)
  default = ["logs", "assets", "logs"]
}

variable "bucket_settings" {
  type    = map(map(bool))
  default = {
    logs = { force_destroy = true }
  }
}

resource "aws_s3_bucket" "named" {
  for_each      = toset(var.buckets)
  bucket        = "eg-${each.key}"
  force_destroy = lookup(lookup(var.bucket_settings, each.key, {}), "force_destroy", false)
}

resource "aws_s3_bucket_versioning" "named" {
  for_each = aws_s3_bucket.named
  bucket   = each.value.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_sqs_queue" "none" {
  for_each = {}
  name     = each.value.missing.attribute
}

resource "aws_sqs_queue" "zero" {
  count = 0
  name  = local.undefined_but_never_evaluated
}
