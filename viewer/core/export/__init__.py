"""What leaves the app: an export model of a document or an excerpt memo, and the writers that
turn it into Markdown, HTML and Word (PDF is drawn by Qt from the HTML, in the UI layer)."""
