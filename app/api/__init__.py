"""The descriptions of the portal for programs: its OpenAPI document."""
