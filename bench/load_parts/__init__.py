"""The parts of ``bench/load.py``: the clients and the researchers' visits, the second process that runs them and
sums up, the served portal, the watch over the driver and the server, the verdict and the table."""
