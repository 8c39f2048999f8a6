"""Document builders: ReportLab PDFs, Word files, CSV. They render plain content objects
(``content.py``) that the services have already made safe for their audience; nothing here
reads the database or decides what may be shown."""
