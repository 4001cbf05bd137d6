# Module calls get a CodeLens with what their resources cost.
provider "aws" {
  region = "us-east-1"
}

module "egress" {
  source = "./queue"
  count  = 2
}

module "empty" {
  source = "./queue"
  count  = 0
}
