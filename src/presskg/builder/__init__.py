"""Build machinery: orchestration of the stages, the extraction cache, workers, pages of a build."""
