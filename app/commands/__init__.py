"""The ``shortlist`` command's sub-commands, one module per group."""
