"""The built-in demo project: a small book of our own, with a translated chapter whose pairs make the
memory and a new chapter drafted from it (a layer above core and engines: it uses both)."""
