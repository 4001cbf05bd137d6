resource "aws_ebs_volume" "oltp" {
  availability_zone = "us-east-1a"
  size              = 500
  # expect: aws-ebs-io1-volume
  type = "io2"
  iops = 10000
}

resource "aws_ebs_volume" "ledger" {
  availability_zone = "us-east-1a"
  size              = 500
  type              = "io2"
  iops              = 10000
}

resource "aws_instance" "db" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "r6i.2xlarge"
  subnet_id     = "subnet-0a1b2c3d"

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 1000
    # expect: aws-ebs-io1-volume
    volume_type = "io2" # database files
    iops        = 20000
    encrypted   = true
  }
}
