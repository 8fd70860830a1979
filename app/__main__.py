"""``python -m app``: serve the portal with waitress (building the index first if there is none),
from one worker process per core (:mod:`app.server`)."""

from __future__ import annotations

import argparse
import os
import sys


def main(argv=None) -> None:
    try:
        _serve(argv)
    except KeyboardInterrupt:  # Ctrl-C before serving began (during the first build): no traceback
        print("Đã dừng / stopped (before the portal was ready).", file=sys.stderr)
        sys.exit(130)


def _serve(argv) -> None:
    from app import create_app
    from app.server import serve

    parser = argparse.ArgumentParser(prog="python -m app", description="Serve the directive archive portal.")
    parser.add_argument("--host", help="address to listen on (default: HOST setting)")
    parser.add_argument("--port", type=int, help="port to listen on (default: PORT setting)")
    parser.add_argument("--workers", type=int, help="worker processes (default: WORKERS setting; 0: one per core)")
    args = parser.parse_args(argv)

    app = create_app()
    host = args.host or app.config["HOST"]
    port = args.port or app.config["PORT"]
    workers = args.workers if args.workers is not None else app.config["WORKERS"]
    workers = workers or os.cpu_count() or 1
    print(
        f"Cổng tra cứu đang chạy / portal running: http://{host}:{port}/ ({workers} worker processes, "
        f"{app.config['THREADS']} threads each)",
        flush=True,
    )
    serve(
        app,
        host,
        port,
        workers,
        threads=app.config["THREADS"],
        ident="directive-archive",
        # Above Flask's own limit, so that Flask answers a too-large upload with its 413 page in the
        # user's language; waitress alone would answer in plain English text.
        max_request_body_size=2 * app.config["MAX_CONTENT_LENGTH"],
        clear_untrusted_proxy_headers=True,
    )


if __name__ == "__main__":
    main()
