"""Person specifications as code: the role-spec format, rule kinds and the role library."""
