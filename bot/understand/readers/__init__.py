"""The readers of the fact families: one module per family, its words in
``bot/understand/lexicon/<family>.yaml``; ``match`` holds the helpers they share."""
