resource "aws_kms_key" "ami" {
  description         = "ami"
  enable_key_rotation = true
}

resource "aws_imagebuilder_image_recipe" "base" {
  name         = "base"
  parent_image = "arn:aws:imagebuilder:us-east-1:aws:image/amazon-linux-2023-x86/x.x.x"
  version      = "1.0.0"

  block_device_mapping {
    device_name = "/dev/xvda"

    ebs {
      # expect: aws-imagebuilder-recipe-volume-without-cmk
      encrypted   = false
      volume_size = 20
      volume_type = "gp3"
    }
  }

  component {
    component_arn = "arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x"
  }
}

resource "aws_imagebuilder_image_recipe" "app" {
  name         = "app"
  parent_image = "arn:aws:imagebuilder:us-east-1:aws:image/amazon-linux-2023-x86/x.x.x"
  version      = "1.0.0"

  block_device_mapping {
    device_name = "/dev/xvda"

    # expect: aws-imagebuilder-recipe-volume-without-cmk
    ebs {
      encrypted   = true
      volume_size = 20
      volume_type = "gp3"
    }
  }

  block_device_mapping {
    device_name = "/dev/xvdb"

    ebs {
      encrypted   = true
      kms_key_id  = aws_kms_key.ami.arn
      volume_size = 50
      volume_type = "gp3"
    }
  }

  component {
    component_arn = "arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x"
  }
}

resource "aws_imagebuilder_image_recipe" "hardened" {
  name         = "hardened"
  parent_image = "arn:aws:imagebuilder:us-east-1:aws:image/amazon-linux-2023-x86/x.x.x"
  version      = "1.0.0"

  block_device_mapping {
    device_name = "/dev/xvda"

    ebs {
      encrypted   = true
      kms_key_id  = aws_kms_key.ami.arn
      volume_size = 20
      volume_type = "gp3"
    }
  }

  component {
    component_arn = "arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x"
  }
}
