"""The staff register (سجل العاملين): employees, their service file, attachments."""
