provider "aws" {
  region = "eu-west-1"
}

resource "aws_directory_service_directory" "corp" {
  name     = "corp.example.com"
  password = "SuperSecretPassw0rd"
  edition  = "Standard"
  type     = "MicrosoftAD"

  vpc_settings {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

resource "aws_directory_service_directory" "hq" {
  name                                 = "hq.example.com"
  password                             = "SuperSecretPassw0rd"
  type                                 = "MicrosoftAD"
  desired_number_of_domain_controllers = 3

  vpc_settings {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

resource "aws_directory_service_directory" "lab" {
  name     = "lab.example.com"
  password = "SuperSecretPassw0rd"
  size     = "Small"

  vpc_settings {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

resource "aws_directory_service_directory" "connector" {
  name     = "onprem.example.com"
  password = "SuperSecretPassw0rd"
  size     = "Large"
  type     = "ADConnector"

  connect_settings {
    customer_dns_ips  = ["10.0.0.10"]
    customer_username = "Admin"
    subnet_ids        = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    vpc_id            = "vpc-0a1b2c3d"
  }
}
