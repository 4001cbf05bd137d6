resource "aws_qldb_ledger" "legacy" {
  name = "vehicle-registry-legacy"
  # expect: aws-qldb-permissions-mode-allow-all
  permissions_mode = "STANDARD"
}

resource "aws_qldb_ledger" "registry" {
  name             = "vehicle-registry"
  permissions_mode = "STANDARD"
}
