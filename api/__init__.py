"""REST API v1 of WeGo Match: a thin edge over the apps' QuerySets and services."""
