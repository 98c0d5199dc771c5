"""Baladiya Desktop (بلدية): the offline desktop app of Libyan municipal offices."""

__version__ = "0.1.0"
APP_NAME = "Baladiya Desktop"
APP_NAME_AR = "بلدية"
