"""The linked-data site of a build (``presskg publish``): every IRI the graph mints gets a page in
HTML, Turtle and JSON-LD at a path that mirrors it, with VoID, DCAT, a sitemap and server rules."""
