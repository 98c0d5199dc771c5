"""The areas of the mission, one package each: models, service (the only writer), rules."""
