# expect: aws-elastic-beanstalk-enhanced-health-disabled
resource "aws_elastic_beanstalk_environment" "worker" {
  name                = "orders-worker"
  application         = "orders"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.12"

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "IamInstanceProfile"
    value     = "aws-elasticbeanstalk-ec2-role"
  }
}

resource "aws_elastic_beanstalk_environment" "web" {
  name                = "orders-web"
  application         = "orders"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.12"

  setting {
    namespace = "aws:elasticbeanstalk:healthreporting:system"
    name      = "SystemType"
    # expect: aws-elastic-beanstalk-enhanced-health-disabled
    value = "basic"
  }
}

resource "aws_elastic_beanstalk_environment" "api" {
  name                = "orders-api"
  application         = "orders"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.12"

  setting {
    namespace = "aws:elasticbeanstalk:healthreporting:system"
    name      = "SystemType"
    value     = "enhanced"
  }
}
