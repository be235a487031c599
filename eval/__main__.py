"""`python -m eval` runs the benchmark (`make bench`)."""

from eval.bench import main

main()
