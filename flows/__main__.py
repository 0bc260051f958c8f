"""`python -m flows`: the `disclose` command."""

from flows.cli import main

# Guarded: spawned parser processes import this module again (as `__mp_main__`).
if __name__ == "__main__":
    main()
