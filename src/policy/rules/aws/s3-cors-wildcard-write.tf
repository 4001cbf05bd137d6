resource "aws_s3_bucket_cors_configuration" "uploads" {
  bucket = "acme-user-uploads"

  cors_rule {
    allowed_headers = ["*"]
    allowed_methods = ["PUT", "POST"]
    # expect: aws-s3-cors-wildcard-write
    allowed_origins = ["*"]
    max_age_seconds = 3000
  }

  cors_rule {
    allowed_methods = ["GET"]
    allowed_origins = ["*"]
  }
}

resource "aws_s3_bucket_cors_configuration" "app" {
  bucket = "acme-app-files"

  cors_rule {
    allowed_methods = ["PUT", "DELETE"]
    allowed_origins = ["https://app.acme.example"]
  }
}
