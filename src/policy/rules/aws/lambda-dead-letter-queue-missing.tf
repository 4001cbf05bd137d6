resource "aws_sqs_queue" "resizer_dlq" {
  name = "image-resizer-dlq"
}

resource "aws_lambda_function" "resizer" {
  function_name = "image-resizer"
  role          = "arn:aws:iam::123456789012:role/resizer"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "resizer.zip"

  dead_letter_config {
    target_arn = aws_sqs_queue.resizer_dlq.arn
  }
}

resource "aws_lambda_function" "indexer" {
  function_name = "indexer"
  role          = "arn:aws:iam::123456789012:role/indexer"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "indexer.zip"
}

resource "aws_lambda_function_event_invoke_config" "indexer" {
  function_name = aws_lambda_function.indexer.function_name

  destination_config {
    on_failure {
      destination = aws_sqs_queue.resizer_dlq.arn
    }
  }
}

# expect: aws-lambda-dead-letter-queue-missing
resource "aws_lambda_function" "thumbnailer" {
  function_name = "thumbnailer"
  role          = "arn:aws:iam::123456789012:role/thumbnailer"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "thumbnailer.zip"
}
