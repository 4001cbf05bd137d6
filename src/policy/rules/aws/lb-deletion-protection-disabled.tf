# expect: aws-lb-deletion-protection-disabled
resource "aws_lb" "shop" {
  name    = "shop"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_lb" "preview" {
  name    = "preview"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  # expect: aws-lb-deletion-protection-disabled
  enable_deletion_protection = false
}

resource "aws_lb" "prod" {
  name                       = "prod"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  enable_deletion_protection = true
}
