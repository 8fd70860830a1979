"""``python -m app``: serve the portal with waitress (building the index first if there is none)."""
from __future__ import annotations

import argparse


def main(argv=None) -> None:
    from waitress import serve

    from . import create_app

    parser = argparse.ArgumentParser(prog="python -m app", description="Serve the directive archive portal.")
    parser.add_argument("--host", help="address to listen on (default: HOST setting)")
    parser.add_argument("--port", type=int, help="port to listen on (default: PORT setting)")
    args = parser.parse_args(argv)

    app = create_app()
    host = args.host or app.config["HOST"]
    port = args.port or app.config["PORT"]
    print(f"Cổng tra cứu đang chạy / portal running: http://{host}:{port}/", flush=True)
    serve(app, host=host, port=port, threads=app.config["THREADS"], ident="directive-archive",
          # Above Flask's own limit, so that Flask answers a too-large upload with its 413 page in the
          # user's language; waitress alone would answer in plain English text.
          max_request_body_size=2 * app.config["MAX_CONTENT_LENGTH"], clear_untrusted_proxy_headers=True)


if __name__ == "__main__":
    main()
