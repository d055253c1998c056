"""Chinese-text knowledge shared by every stage: character classes, punctuation, quotes and numerals.

The package imports no pipeline stage (nothing from kg.ingest, kg.extract, kg.graph), so that any stage can
import it: chars.py (which characters are Chinese), punct.py (clause punctuation, quotation marks) and
numerals.py (Chinese and full-width digits).
"""
