"""How much of a query is searched: the bounds on one query's work (query_parser applies them)."""

# Each word costs an index lookup and a scan of every candidate,
# and a no-hit query tries parts of each word for a suggestion. No one types more than this;
# a pasted paragraph is cut rather than taking minutes (or exhausting the stack in Whoosh).
MAX_TERMS = 32
# A word ending in a lone CJK character is looked up as every indexed bigram that starts with
# it (hundreds per character in the library: 32 of them took ~1 s on 60 laws), so few are kept.
MAX_LONE_CHARS = 4
MAX_TERM_CHARS = 200
MAX_QUERY_CHARS = 100_000  # 10,000 words of 10 characters
