"""Tests of the search pages beyond the contract: date ranges, orders and feeds (issue 23)."""
