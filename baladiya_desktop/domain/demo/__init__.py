"""Realistic demo municipalities: for training, screenshots, tests and benchmarks."""
