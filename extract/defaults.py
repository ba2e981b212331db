"""The run's defaults, in a module of their own so that a run with nothing to do need not
import the pipeline (spaCy) to read them."""

TABLES = ("articles", "awards", "winners", "officials", "dates", "percentages")
# An article longer than this is refused before cleaning (news articles run to 20,000
# characters; spaCy's own limit is 1,000,000); one slower than TIME_LIMIT seconds is an error row.
MAX_CHARS = 300_000
TIME_LIMIT = 5.0
