"""The detail pane of each kind of inbox item, and the tools for writing an answer.

* ``base``: ``KindPane`` (what every pane shares) and the small table helpers
* ``econsult``, ``renewal``, ``booking``, ``signup``: one pane per kind
* ``thread``: an e-consultation's messages as HTML
* ``attachments``: the thread's files (preview, save) and the answer's files (pick, pre-check)
* ``phrases``: the answer editor and stock phrases (Shift+F2)
* ``archive``: the answer archive (F2)

This package imports nothing here, so the "Opret E-svar" dialog (new_thread.py)
can use ``phrases`` and ``archive`` without loading the panes that open it.
"""
