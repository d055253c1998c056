"""The HTML graph explorer: an RDF → networkx view rendered through pyvis into one offline, safe page."""
