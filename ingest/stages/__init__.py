"""The stages ingest.extract runs, a module each: references, the own code, relations, the
reported document, the host document, warnings, over the helpers of common."""
