resource "aws_iam_policy" "uploader" {
  name = "uploader"
  # expect: aws-iam-policy-s3-full-access
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "s3:*"
        Resource = ["arn:aws:s3:::media-uploads", "arn:aws:s3:::media-uploads/*"]
      }
    ]
  })
}

resource "aws_iam_role_policy" "reports" {
  name = "reports"
  role = "reports-runner"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject"]
        Resource = "arn:aws:s3:::reports/*"
      },
      {
        Effect   = "Allow"
        Action   = "s3:ListBucket"
        Resource = "arn:aws:s3:::reports"
      }
    ]
  })
}

# a guard policy: everything in S3 is denied, so allowing it elsewhere in the document is moot
resource "aws_iam_policy" "quarantine" {
  name = "quarantine"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "s3:*"
        Resource = "arn:aws:s3:::quarantine/*"
      },
      {
        Effect   = "Deny"
        Action   = "s3:*"
        Resource = "*"
      }
    ]
  })
}
