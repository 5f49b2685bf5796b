"""The service layer: each function here owns its transaction (commit or roll back)."""
