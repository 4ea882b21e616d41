# The README's folder example: a web tier counted from a variable, workers per environment through a
# local module, and a data volume whose size comes from a map lookup.
provider "aws" {
  region = var.region
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "web_count" {
  type    = number
  default = 2
}

variable "workers" {
  type = map(object({
    size  = string
    disks = optional(list(number), [])
  }))
  default = {
    batch  = { size = "c6i.2xlarge", disks = [200] }
    report = { size = "t3.medium" }
  }
}

locals {
  volume_sizes = { small = 50, large = 500 }
}

resource "aws_instance" "web" {
  count         = var.web_count
  ami           = "ami-0123456789abcdef0"
  instance_type = "m5.xlarge"

  root_block_device {
    volume_type = "gp3"
    volume_size = 30
  }

  tags = {
    Name = "web-${count.index}"
  }
}

resource "aws_ebs_volume" "data" {
  availability_zone = "${var.region}a"
  size              = lookup(local.volume_sizes, "large")
  type              = "gp3"
}

module "worker" {
  source   = "./modules/worker"
  for_each = var.workers
  name     = each.key
  size     = each.value.size
  disks    = each.value.disks
}
