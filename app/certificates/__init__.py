"""Reading and verifying electronic certificates (電子的控除証明書等, e-Tax XML with an enveloped XML-DSig).

The only package that imports lxml and signxml (tests/test_layering.py). Entry points:
``verify.verify_file(path)`` / ``verify.verify_bytes(data)`` return an ``app.domain.received.Verification``.
No Qt, no store: the CLI and the UI call this, then keep valid files through ``app.store``.
"""
