"""spaCy components and registered functions, exposed through entry points."""
