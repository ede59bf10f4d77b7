"""Linking a claim to the facts that could confirm or contradict it."""
