"""What several test modules share: driving dialogs, writing exchange files, reading PDFs.

Test modules import from here, never from each other (a test module is not a library).
"""
