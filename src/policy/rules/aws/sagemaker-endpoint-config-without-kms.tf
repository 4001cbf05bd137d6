# expect: aws-sagemaker-endpoint-config-without-kms
resource "aws_sagemaker_endpoint_configuration" "churn" {
  name = "churn-v3"

  production_variants {
    variant_name           = "primary"
    model_name             = "churn-v3"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

resource "aws_kms_key" "sagemaker" {
  description         = "SageMaker endpoints"
  enable_key_rotation = true
}

resource "aws_sagemaker_endpoint_configuration" "fraud" {
  name        = "fraud-v7"
  kms_key_arn = aws_kms_key.sagemaker.arn

  production_variants {
    variant_name           = "primary"
    model_name             = "fraud-v7"
    initial_instance_count = 2
    instance_type          = "ml.m5.large"
  }
}
