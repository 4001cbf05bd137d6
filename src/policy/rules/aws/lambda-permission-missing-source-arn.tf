resource "aws_sns_topic" "orders" {
  name = "orders"
}

resource "aws_lambda_permission" "from_sns" {
  statement_id  = "AllowOrdersTopic"
  action        = "lambda:InvokeFunction"
  function_name = "order-handler"
  principal     = "sns.amazonaws.com"
  source_arn    = aws_sns_topic.orders.arn
}

resource "aws_lambda_permission" "from_events" {
  statement_id  = "AllowEventBridge"
  action        = "lambda:InvokeFunction"
  function_name = "nightly-cleanup"
  # expect: aws-lambda-permission-missing-source-arn
  principal = "events.amazonaws.com"
}
