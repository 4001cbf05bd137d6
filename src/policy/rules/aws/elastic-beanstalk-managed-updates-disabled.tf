# expect: aws-elastic-beanstalk-managed-updates-disabled
resource "aws_elastic_beanstalk_environment" "worker" {
  name                = "orders-worker"
  application         = "orders"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.12"

  setting {
    namespace = "aws:elasticbeanstalk:healthreporting:system"
    name      = "SystemType"
    value     = "enhanced"
  }
}

resource "aws_elastic_beanstalk_environment" "web" {
  name                = "orders-web"
  application         = "orders"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.12"

  setting {
    namespace = "aws:elasticbeanstalk:healthreporting:system"
    name      = "SystemType"
    value     = "enhanced"
  }

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = "true"
  }

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "PreferredStartTime"
    value     = "Sun:03:00"
  }

  setting {
    namespace = "aws:elasticbeanstalk:managedactions:platformupdate"
    name      = "UpdateLevel"
    value     = "minor"
  }
}
