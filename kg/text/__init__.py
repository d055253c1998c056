"""Chinese-text knowledge shared by every stage: character classes, punctuation, quotes, numerals, clauses, script.

The package imports no pipeline stage (nothing from kg.ingest, kg.normalize, kg.extract, kg.graph), so that any
stage can import it: chars.py (which characters are Chinese), punct.py (clause punctuation, quotation marks,
quoted names), numerals.py (Chinese and full-width digits), clauses.py (a sentence's clause stops and bounds)
and script.py (traditional to simplified, the common characters of GB 2312 and Big5).
"""
