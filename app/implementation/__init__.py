"""How directives are implemented: the chain of documents implementing one (``chains``), and the tasks each
assigns, who must do what by when (``tasks``), and every task of the archive (``task_list``, its calendar:
``calendar``)."""
