"""``python -m benchmark`` runs the CLI."""

from benchmark.cli import main

main()
