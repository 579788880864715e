"""Controllers: connect signals, call services, decide what views show."""
