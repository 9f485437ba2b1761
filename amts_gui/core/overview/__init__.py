"""The project at a glance: the one vocabulary of counts that every view and ``amts stats`` shows."""
