"""One evaluator per task type; each returns mteb-identical scores plus per-item records."""
