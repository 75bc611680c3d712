"""Stage 4: the knowledge base and resolution of extracted entities to IRIs."""
