"""Facts to RDF: namespaces, IRIs, triples and the deterministic Turtle writer."""
