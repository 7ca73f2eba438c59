"""Character folding and CJK tokens: the leaves that import nothing of ours."""
