"""A folder of documents: scanning, the library index, ranking and the update process."""
