# expect: aws-ec2-imdsv1-enabled
resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_instance" "api" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
    # expect: aws-ec2-imdsv1-enabled
    http_tokens = "required"
  }
}

resource "aws_instance" "hardened" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_instance" "no_metadata" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "disabled"
  }
}

# expect: aws-ec2-imdsv1-enabled
resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  instance_type = "m6g.large"

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_launch_configuration" "batch" {
  name_prefix   = "batch-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6g.large"

  metadata_options {
    # expect: aws-ec2-imdsv1-enabled
    http_tokens = "required"
  }
}

resource "aws_launch_configuration" "batch_hardened" {
  name_prefix   = "batch-hardened-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "c6g.large"

  metadata_options {
    http_tokens = "required"
  }
}
