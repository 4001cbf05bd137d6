provider "aws" {
  region = "us-east-1"
}

resource "aws_route53_resolver_endpoint" "inbound" {
  name               = "from-on-premises"
  direction          = "INBOUND"
  security_group_ids = ["sg-0a1b2c3d"]

  ip_address {
    subnet_id = "subnet-0a1b2c3d"
  }

  ip_address {
    subnet_id = "subnet-4e5f6a7b"
  }
}

resource "aws_route53_resolver_endpoint" "outbound" {
  name               = "to-on-premises"
  direction          = "OUTBOUND"
  security_group_ids = ["sg-0a1b2c3d"]

  ip_address {
    subnet_id = "subnet-0a1b2c3d"
  }

  ip_address {
    subnet_id = "subnet-4e5f6a7b"
  }

  ip_address {
    subnet_id = "subnet-8c9d0e1f"
  }
}
