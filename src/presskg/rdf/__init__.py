"""Stage 5: the only package that writes RDF.

``kb`` reads the bundled knowledge base, ``encode`` turns a
:class:`~presskg.model.Resolution` into a release's named graph with its
provenance, and ``validate`` checks a dataset against the SHACL shapes.
"""
