# expect: aws-sagemaker-model-network-isolation-disabled
resource "aws_sagemaker_model" "churn" {
  name               = "churn-v3"
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = true

  primary_container {
    image          = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
    model_data_url = "s3://models/churn/v3/model.tar.gz"
  }
}

resource "aws_sagemaker_model" "fraud" {
  name                     = "fraud-v7"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = true

  primary_container {
    image          = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
    model_data_url = "s3://models/fraud/v7/model.tar.gz"
  }
}
