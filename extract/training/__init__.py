"""Training of the pipeline's statistical parts from the annotated releases (../shared/gold)."""
