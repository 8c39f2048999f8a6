"""The minute exchange with partner boards, in files: the package that goes out (our public
minutes, a covering note and an e-mail draft) and the files and e-mails that come in.

The register itself (what is owed, sent, received and noted) is ``services.exchange``.
"""
