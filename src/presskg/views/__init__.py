"""Views of a build: the entity graph, its analytics, the graph page, the report and evaluation."""
