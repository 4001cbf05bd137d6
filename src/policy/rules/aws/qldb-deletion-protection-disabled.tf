resource "aws_qldb_ledger" "scratch" {
  name             = "vehicle-registry-test"
  permissions_mode = "STANDARD"
  # expect: aws-qldb-deletion-protection-disabled
  deletion_protection = false
}

resource "aws_qldb_ledger" "registry" {
  name             = "vehicle-registry"
  permissions_mode = "STANDARD"
}
