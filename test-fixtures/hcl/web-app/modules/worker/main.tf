variable "name" {
  type = string
}

variable "size" {
  type = string
}

variable "disks" {
  type = list(number)
}

resource "aws_instance" "this" {
  ami           = "ami-0123456789abcdef0"
  instance_type = var.size

  dynamic "ebs_block_device" {
    for_each = var.disks
    content {
      device_name = "/dev/sd${substr("fghij", ebs_block_device.key, 1)}"
      volume_size = ebs_block_device.value
      volume_type = "gp3"
    }
  }

  tags = {
    Name = "worker-${var.name}"
  }
}
