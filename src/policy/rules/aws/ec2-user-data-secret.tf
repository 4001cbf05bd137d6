resource "aws_instance" "legacy" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"
  subnet_id     = "subnet-0a1b2c3d"
  # expect: aws-ec2-user-data-secret
  user_data = <<-EOT
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    export AWS_DEFAULT_REGION=us-east-1
    /opt/app/bin/start
  EOT
}

locals {
  db_password = "hunter2-prod-2024"
}

resource "aws_launch_template" "app" {
  name_prefix   = "app-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  # expect: aws-ec2-user-data-secret
  user_data = base64encode("#!/bin/bash\necho 'DB_PASSWORD=${local.db_password}' >> /etc/app.env\n")
}

resource "aws_launch_template" "clean" {
  name_prefix   = "clean-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  user_data = base64encode(<<-EOT
    #!/bin/bash
    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)
    echo "DB_PASSWORD=$DB_PASSWORD" >> /etc/app.env
  EOT
  )
}

resource "aws_launch_configuration" "worker" {
  name_prefix   = "worker-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"
  # a quote escaped by hand inside a heredoc still hides nothing
  # expect: aws-ec2-user-data-secret
  user_data = <<-EOT
    export QUEUE_PASSWORD=\"w0rker-s3cret\"
  EOT
}
