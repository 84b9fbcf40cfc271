"""Privacy by design: personal data masked before anything is written, keyed hashes for contacts."""
