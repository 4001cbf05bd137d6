resource "aws_sagemaker_flow_definition" "invoices" {
  flow_definition_name = "invoice-review"
  role_arn             = "arn:aws:iam::123456789012:role/a2i"

  human_loop_config {
    human_task_ui_arn                     = "arn:aws:sagemaker:us-east-1:123456789012:human-task-ui/invoices"
    task_availability_lifetime_in_seconds = 86400
    task_count                            = 1
    task_description                      = "Check the extracted invoice totals"
    task_title                            = "Invoice totals"
    workteam_arn                          = "arn:aws:sagemaker:us-east-1:123456789012:workteam/private-crowd/finance"
  }

  # expect: aws-sagemaker-flow-definition-output-without-kms
  output_config {
    s3_output_path = "s3://a2i-output/invoices"
  }
}

resource "aws_kms_key" "a2i" {
  description         = "Augmented AI output"
  enable_key_rotation = true
}

resource "aws_sagemaker_flow_definition" "receipts" {
  flow_definition_name = "receipt-review"
  role_arn             = "arn:aws:iam::123456789012:role/a2i"

  human_loop_config {
    human_task_ui_arn                     = "arn:aws:sagemaker:us-east-1:123456789012:human-task-ui/receipts"
    task_availability_lifetime_in_seconds = 86400
    task_count                            = 1
    task_description                      = "Check the extracted receipt totals"
    task_title                            = "Receipt totals"
    workteam_arn                          = "arn:aws:sagemaker:us-east-1:123456789012:workteam/private-crowd/finance"
  }

  output_config {
    s3_output_path = "s3://a2i-output/receipts"
    kms_key_id     = aws_kms_key.a2i.arn
  }
}
