provider "aws" {
  region = "us-east-1"
}

resource "aws_emr_cluster" "spark" {
  name          = "spark"
  release_label = "emr-7.1.0"
  applications  = ["Spark"]
  service_role  = "arn:aws:iam::123456789012:role/emr-service"

  ec2_attributes {
    subnet_id        = "subnet-0a1b2c3d"
    instance_profile = "arn:aws:iam::123456789012:instance-profile/emr-ec2"
  }

  master_instance_group {
    instance_type = "m5.xlarge"
  }

  core_instance_group {
    instance_type  = "r6g.2xlarge"
    instance_count = 4
  }
}

resource "aws_emr_cluster" "adhoc" {
  name          = "adhoc"
  release_label = "emr-7.1.0"
  applications  = ["Hive"]
  service_role  = "arn:aws:iam::123456789012:role/emr-service"

  ec2_attributes {
    subnet_id        = "subnet-0a1b2c3d"
    instance_profile = "arn:aws:iam::123456789012:instance-profile/emr-ec2"
  }

  master_instance_group {
    instance_type = "m5.xlarge"
  }

  core_instance_group {
    instance_type  = "m5.xlarge"
    instance_count = 2
    bid_price      = "0.10"
  }
}
