"""Panel scoring: members' own verdicts, agreement with each other and the machine, decisions."""
