resource "aws_instance" "api" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  subnet_id     = "subnet-0a1b2c3d"

  metadata_options {
    http_tokens = "required"
    # expect: aws-ec2-imds-hop-limit-above-one
    http_put_response_hop_limit = 1
  }
}

resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  subnet_id     = "subnet-0a1b2c3d"

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

resource "aws_launch_template" "docker_hosts" {
  name_prefix   = "docker-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"

  metadata_options {
    http_tokens = "required"
    # expect: aws-ec2-imds-hop-limit-above-one
    http_put_response_hop_limit = 1 # containers use bridge networking
  }
}

resource "aws_launch_configuration" "legacy_workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"

  metadata_options {
    http_tokens = "required"
    # expect: aws-ec2-imds-hop-limit-above-one
    http_put_response_hop_limit = 1
  }
}

resource "aws_launch_configuration" "batch" {
  name_prefix   = "batch-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}
