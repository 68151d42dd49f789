"""Training the package's statistical components on the annotated releases."""
