resource "aws_elasticache_security_group" "legacy_sessions" {
  name                 = "legacy-sessions"
  security_group_names = ["web-classic"]
  # expect: aws-elasticache-security-group-missing-description
  description = ""
}

resource "aws_elasticache_security_group" "legacy_pages" {
  name                 = "legacy-pages"
  security_group_names = ["web-classic"]
  description          = "Page cache, reachable from the classic web tier only"
}
