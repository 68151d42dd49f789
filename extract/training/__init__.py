"""Training of the package's statistical components from the annotated releases
(../shared/gold): `python -m extract.training.organisations`, `python -m extract.training.modality`."""
