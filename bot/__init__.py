"""The Discord bot: slash commands, the model cache, the retraining job queue and its worker."""
