"""Kasus stunting: children, measurements with WHO z-scores, verification status, recap and import."""
