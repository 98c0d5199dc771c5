"""The sync screens: the station's page to the ministry and the ministry's console."""
