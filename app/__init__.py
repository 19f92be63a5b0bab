"""The shortlisting service: a thin HTTP, page and command-line shell over the engine."""
