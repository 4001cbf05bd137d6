region      = "eu-west-1"
environment = "prod"
azs         = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
instance_count = 3
ratio          = 0.75
enabled        = true
tags = {
  Team    = "platform"
  "cost-center" = "1234"
}
subnets = {
  app = { cidr = "10.0.1.0/24", az = "eu-west-1a" }
  db  = { cidr = "10.0.2.0/24", az = "eu-west-1b", public = false }
}
