"""Models: protocols, built-in baselines and the ``--model`` resolver (imported lazily; torch only when needed)."""
